// 积分超市: the rewards on offer with their price in points and stock, and the resident's balance.
// 兑换 opens a confirmation (quantity, total, balance after); it is sent with an idempotency key made
// when the confirmation opens and kept for its retries, so a double tap or a retry after a lost
// answer redeems exactly once (the server returns the first redemption for the same key). A changed
// quantity is another redemption and gets a new key. Over the balance: the server's message, and
// nothing changes.
import { useState } from "react";
import { useT } from "../../i18n";
import { Link, residentPath } from "../../router";
import { Badge, Empty, Loaded } from "../../ui";
import { useResidentMutation, useResidentQuery } from "../api";
import { REDEEM, STORE, type RedeemData, type RedeemVars, type Reward, type StoreData } from "../queries.points";
import { RequireResident, useResidentSession } from "../session";
import { ErrorNote } from "../ui";

/** A key for one redemption: random, made once per confirmation. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function StorePage({ code }: { code: string }) {
  return (
    <RequireResident code={code}>
      <Store code={code} />
    </RequireResident>
  );
}

function Store({ code }: { code: string }) {
  const { t } = useT();
  const resident = useResidentSession().resident!;
  const state = useResidentQuery<StoreData>(STORE, { c: resident.communityId, r: resident.id });
  const [done, setDone] = useState<RedeemData["redeemReward"]["data"] | null>(null);
  return (
    <>
      <h1 className="section-title">{t("resident.store.title")}</h1>
      <Loaded state={state}>
        {(d) => {
          const balance = d.pointsAccountOf?.balance ?? 0;
          const rewards = d.pointsRewards.edges.map((e) => e.node);
          return (
            <>
              <p className="card balance" aria-live="polite">
                {t("resident.store.balance")} <span className="balance-number">{balance}</span> {t("resident.points.unit")}
                {d.pointsAccountOf?.kind === "HOUSEHOLD" && <span className="muted"> · {t("resident.store.household")}</span>}
              </p>
              {done && (
                <section className="card done" role="status" aria-label={t("resident.store.doneTitle")}>
                  <h2 className="card-title ok">{t("resident.store.doneTitle")}</h2>
                  <p>{t("resident.store.done", { name: done.rewardName, quantity: done.quantity, points: done.totalCost })}</p>
                  {done.code && (
                    <p>
                      {t("resident.redemptions.code")} <span className="pickup-code">{done.code}</span>
                    </p>
                  )}
                  <Link className="button wide" href={residentPath(code, "me", "redemptions")}>
                    {t("resident.store.showCode")}
                  </Link>
                </section>
              )}
              {rewards.length === 0 && <Empty />}
              {rewards.map((r) => (
                <RewardCard
                  key={r.id}
                  reward={r}
                  balance={balance}
                  onRedeemed={(x) => {
                    setDone(x);
                    state.retry();
                    window.scrollTo?.(0, 0);
                  }}
                />
              ))}
            </>
          );
        }}
      </Loaded>
    </>
  );
}

function RewardCard({ reward, balance, onRedeemed }: { reward: Reward; balance: number; onRedeemed: (r: RedeemData["redeemReward"]["data"]) => void }) {
  const { t } = useT();
  const [confirm, setConfirm] = useState<{ quantity: number; key: string } | null>(null);
  const redeem = useResidentMutation<RedeemData, RedeemVars>(REDEEM);
  const canRedeem = reward.allowedSteps.includes("REDEEM");
  const max = Math.max(1, Math.min(reward.stock, 100));
  const setQuantity = (q: number) => {
    redeem.reset();
    setConfirm({ quantity: Math.min(max, Math.max(1, q)), key: newIdempotencyKey() });
  };
  const total = confirm ? reward.cost * confirm.quantity : reward.cost;
  const short = total > balance;
  const submit = async () => {
    if (!confirm) return;
    const d = await redeem.run({ input: { rewardId: reward.id, quantity: confirm.quantity, idempotencyKey: confirm.key } });
    if (!d) return;
    setConfirm(null);
    onRedeemed(d.redeemReward.data);
  };
  return (
    <article className="card" aria-label={reward.name}>
      <div className="card-head">
        <h2 className="card-title">{reward.name}</h2>
        <Badge tone={reward.stock > 0 ? "green" : "gray"}>{reward.stock > 0 ? t("resident.store.stock", { stock: reward.stock }) : t("resident.store.soldOut")}</Badge>
      </div>
      <p className="price">{t("resident.store.price", { cost: reward.cost })}</p>
      {reward.description && <p>{reward.description}</p>}
      {reward.sponsor && <p className="muted">{t("resident.store.sponsor", { sponsor: reward.sponsor })}</p>}
      {!confirm ? (
        <button type="button" className="button wide" disabled={!canRedeem} onClick={() => setQuantity(1)}>
          {canRedeem ? t("resident.store.redeem") : reward.stock > 0 ? t("resident.store.unavailable") : t("resident.store.soldOut")}
        </button>
      ) : (
        <div className="confirm" role="group" aria-label={t("resident.store.confirmTitle", { name: reward.name })}>
          <div className="qty">
            <span>{t("resident.store.quantity")}</span>
            <button type="button" aria-label={t("resident.store.less")} disabled={confirm.quantity <= 1 || redeem.running} onClick={() => setQuantity(confirm.quantity - 1)}>
              −
            </button>
            <output aria-live="polite">{confirm.quantity}</output>
            <button type="button" aria-label={t("resident.store.more")} disabled={confirm.quantity >= max || redeem.running} onClick={() => setQuantity(confirm.quantity + 1)}>
              +
            </button>
          </div>
          {short ? <p className="warn">{t("resident.store.short", { total, balance })}</p> : <p>{t("resident.store.total", { total, after: balance - total })}</p>}
          <button type="button" className="button wide" disabled={redeem.running} onClick={() => void submit()}>
            {redeem.running ? t("resident.store.redeeming") : t("resident.store.confirm", { total })}
          </button>
          <button type="button" className="button-link" disabled={redeem.running} onClick={() => {
              redeem.reset();
              setConfirm(null);
            }}>
            {t("resident.store.cancel")}
          </button>
          <ErrorNote error={redeem.error} />
        </div>
      )}
    </article>
  );
}
