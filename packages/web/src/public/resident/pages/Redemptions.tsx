// 我的兑换: the resident's redemptions, newest first: each with its status, and while it waits to be
// handed over (PENDING) its 核销码 as a QR code and in large letters for the clerk, and 取消兑换
// (the points come back). The QR library (the admin app's) comes with this lazy chunk only.
import { useState } from "react";
import { useQrCode } from "../../../lib/qrCode";
import { dayTime } from "../../format";
import { useT } from "../../i18n";
import { Link, residentPath } from "../../router";
import { Badge, Empty, Loaded } from "../../ui";
import { useResidentMutation, useResidentQuery } from "../api";
import { CANCEL_REDEMPTION, MY_REDEMPTIONS, type CancelRedemptionData, type MyRedemption, type MyRedemptionsData, type RedemptionStatus } from "../queries.points";
import { RequireResident } from "../session";
import { ErrorNote } from "../ui";

const TONE: Record<RedemptionStatus, "orange" | "green" | "gray"> = { PENDING: "orange", FULFILLED: "green", CANCELLED: "gray" };

export function RedemptionsPage({ code }: { code: string }) {
  const { t } = useT();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <RequireResident code={code}>
      <h1 className="section-title">{t("resident.redemptions.title")}</h1>
      <p className="intro">{t("resident.redemptions.intro")}</p>
      {cursors.map((after, i) => (
        <RedemptionPage key={after ?? ""} code={code} after={after} last={i === cursors.length - 1} onMore={(c) => setCursors((cs) => [...cs, c])} />
      ))}
    </RequireResident>
  );
}

function RedemptionPage({ code, after, last, onMore }: { code: string; after: string | null; last: boolean; onMore: (c: string) => void }) {
  const { t } = useT();
  const state = useResidentQuery<MyRedemptionsData>(MY_REDEMPTIONS, { after });
  return (
    <Loaded state={state}>
      {(d) => (
        <>
          {after === null && d.myRedemptions.edges.length === 0 && (
            <>
              <Empty />
              <Link className="button wide" href={residentPath(code, "me", "store")}>
                {t("resident.me.links.store")}
              </Link>
            </>
          )}
          {d.myRedemptions.edges.map(({ node }) => (
            <RedemptionCard key={node.id} redemption={node} />
          ))}
          {last && d.myRedemptions.pageInfo.hasNextPage && d.myRedemptions.pageInfo.endCursor && (
            <button type="button" className="button secondary wide" onClick={() => onMore(d.myRedemptions.pageInfo.endCursor!)}>
              {t("app.more")}
            </button>
          )}
        </>
      )}
    </Loaded>
  );
}

function RedemptionCard({ redemption }: { redemption: MyRedemption }) {
  const { t, lng } = useT();
  const [r, setR] = useState(redemption);
  const [asking, setAsking] = useState(false);
  const cancel = useResidentMutation<CancelRedemptionData, { id: string }>(CANCEL_REDEMPTION);
  const doCancel = async () => {
    const d = await cancel.run({ id: r.id });
    if (d) {
      setR(d.cancelRedemption.data);
      setAsking(false);
    }
  };
  return (
    <article className="card" aria-label={r.rewardName}>
      <div className="card-head">
        <h2 className="card-title">
          {r.rewardName} × {r.quantity}
        </h2>
        <Badge tone={TONE[r.status]}>{t(`resident.redemptions.status.${r.status}`)}</Badge>
      </div>
      <p>{t("resident.redemptions.cost", { points: r.totalCost, when: dayTime(lng, r.createdAt) })}</p>
      {r.status === "PENDING" && r.code && <PickupCode code={r.code} />}
      {r.status === "FULFILLED" && r.fulfilledAt && <p className="ok">{t("resident.redemptions.fulfilled", { when: dayTime(lng, r.fulfilledAt) })}</p>}
      {r.status === "CANCELLED" && r.cancelledAt && (
        <p className="muted">
          {t("resident.redemptions.cancelled", { when: dayTime(lng, r.cancelledAt) })}
          {r.cancelReason ? ` · ${r.cancelReason}` : ""}
        </p>
      )}
      {r.allowedSteps.includes("CANCEL") &&
        (asking ? (
          <div className="confirm">
            <p className="warn">{t("resident.redemptions.cancelAsk", { points: r.totalCost })}</p>
            <button type="button" className="button wide" disabled={cancel.running} onClick={() => void doCancel()}>
              {t("resident.redemptions.cancelConfirm")}
            </button>
            <button type="button" className="button-link" disabled={cancel.running} onClick={() => setAsking(false)}>
              {t("resident.redemptions.keep")}
            </button>
            <ErrorNote error={cancel.error} />
          </div>
        ) : (
          <button type="button" className="button-link" onClick={() => setAsking(true)}>
            {t("resident.redemptions.cancel")}
          </button>
        ))}
    </article>
  );
}

/** The 核销码 as a QR code the clerk scans, and in large letters to read out or type in. */
export function PickupCode({ code }: { code: string }) {
  const { t } = useT();
  // Offline or no canvas: no image, and the code in letters still serves.
  const { image } = useQrCode(code, { width: 240 });
  return (
    <div className="pickup">
      {image ? <img src={image} alt={t("resident.redemptions.qrAlt", { code })} width={240} height={240} /> : <div className="qr-placeholder" aria-hidden="true" />}
      <p>
        {t("resident.redemptions.code")} <span className="pickup-code">{code.replace(/^(.{4})(.{4})$/, "$1-$2")}</span>
      </p>
      <p className="muted">{t("resident.redemptions.codeHint")}</p>
    </div>
  );
}
