// 我的: the signed-in resident's name, points (their own account and their household's: balance and
// the ledger, newest first, 20 at a time), links to the store, redemptions, activities and the
// other resident pages, and 退出登录.
import { useState } from "react";
import { dayTime } from "../../format";
import { useT } from "../../i18n";
import { Link, navigate, residentPath } from "../../router";
import { Badge, Empty, Loaded } from "../../ui";
import { useResidentQuery } from "../api";
import { ME_LINKS } from "../links";
import { LEDGER, MY_ACCOUNTS, type LedgerData, type LedgerEntry, type MyAccount, type MyAccountsData } from "../queries.points";
import { RequireResident, useResidentSession } from "../session";

export function MePage({ code }: { code: string }) {
  return (
    <RequireResident code={code}>
      <Me code={code} />
    </RequireResident>
  );
}

function Me({ code }: { code: string }) {
  const { t } = useT();
  const session = useResidentSession();
  const resident = session.resident!;
  const accounts = useResidentQuery<MyAccountsData>(MY_ACCOUNTS, {});
  const [signingOut, setSigningOut] = useState(false);
  const [signOutFailed, setSignOutFailed] = useState(false);
  const signOut = async (everywhere: boolean) => {
    setSigningOut(true);
    setSignOutFailed(false);
    const ok = await session.signOut(everywhere);
    setSigningOut(false);
    if (ok) navigate(`/c/${encodeURIComponent(code)}`, { replace: true });
    else setSignOutFailed(true);
  };
  return (
    <>
      <header className="me-head">
        <h1 className="section-title">{t("resident.me.hello", { name: resident.name })}</h1>
        <p className="muted">{resident.communityName}</p>
      </header>
      <Loaded state={accounts}>
        {(d) => {
          const mine = d.myPointsAccounts.filter((a) => a.community.id === resident.communityId);
          if (mine.length === 0) return <p className="card">{t("resident.points.none")}</p>;
          return mine.map((a) => <Account key={a.id} account={a} />);
        }}
      </Loaded>
      <nav aria-label={t("resident.me.linksTitle")}>
        <ul className="links card">
          {ME_LINKS.map((l) => (
            <li key={l.segment}>
              <Link href={residentPath(code, "me", l.segment)}>
                <span>{t(l.label)}</span>
                <span aria-hidden="true">›</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="actions">
        <button type="button" className="button secondary wide" disabled={signingOut} onClick={() => void signOut(false)}>
          {t("resident.me.signOut")}
        </button>
        <button type="button" className="button-link" disabled={signingOut} onClick={() => void signOut(true)}>
          {t("resident.me.signOutEverywhere")}
        </button>
        {signOutFailed && (
          <p className="form-error" role="alert">
            {t("resident.me.signOutFailed")}
          </p>
        )}
      </div>
    </>
  );
}

function Account({ account }: { account: MyAccount }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <section className="card points" aria-label={account.name}>
      <div className="card-head">
        <h2 className="card-title">{account.kind === "HOUSEHOLD" ? t("resident.points.household", { name: account.name }) : t("resident.points.mine")}</h2>
        {account.kind === "HOUSEHOLD" && <Badge tone="blue">{t("resident.points.shared")}</Badge>}
      </div>
      <p className="balance">
        <span className="balance-number">{account.balance}</span> {t("resident.points.unit")}
      </p>
      <dl className="figures">
        <div>
          <dt>{t("resident.points.awarded")}</dt>
          <dd>{account.awarded}</dd>
        </div>
        <div>
          <dt>{t("resident.points.deducted")}</dt>
          <dd>{account.deducted}</dd>
        </div>
        <div>
          <dt>{t("resident.points.spent")}</dt>
          <dd>{account.spent}</dd>
        </div>
      </dl>
      <button type="button" className="button secondary wide" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? t("resident.points.hideLedger") : t("resident.points.showLedger")}
      </button>
      {open && <Ledger communityId={account.community.id} accountId={account.id} />}
    </section>
  );
}

/** The ledger, newest first: one page at a time, "加载更多" for the next. */
function Ledger({ communityId, accountId }: { communityId: string; accountId: string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <ol className="ledger" aria-label="ledger">
      {cursors.map((after, i) => (
        <LedgerPage key={after ?? ""} communityId={communityId} accountId={accountId} after={after} last={i === cursors.length - 1} onMore={(c) => setCursors((cs) => [...cs, c])} />
      ))}
    </ol>
  );
}

function LedgerPage({ communityId, accountId, after, last, onMore }: { communityId: string; accountId: string; after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const { t } = useT();
  const state = useResidentQuery<LedgerData>(LEDGER, { c: communityId, account: accountId, after });
  return (
    <Loaded state={state}>
      {(d) => (
        <>
          {after === null && d.pointsEntries.edges.length === 0 && (
            <li>
              <Empty />
            </li>
          )}
          {d.pointsEntries.edges.map(({ node }) => (
            <Entry key={node.id} entry={node} />
          ))}
          {last && d.pointsEntries.pageInfo.hasNextPage && d.pointsEntries.pageInfo.endCursor && (
            <li>
              <button type="button" className="button secondary wide" onClick={() => onMore(d.pointsEntries.pageInfo.endCursor!)}>
                {t("app.more")}
              </button>
            </li>
          )}
        </>
      )}
    </Loaded>
  );
}

function Entry({ entry }: { entry: LedgerEntry }) {
  const { t, lng } = useT();
  return (
    <li className="entry">
      <div>
        <p className="entry-title">{entry.rule?.name ?? entry.note ?? t(`resident.points.kinds.${entry.kind}`)}</p>
        <p className="muted">
          {t(`resident.points.kinds.${entry.kind}`)} · {dayTime(lng, entry.createdAt)}
          {entry.note && entry.rule ? ` · ${entry.note}` : ""}
        </p>
      </div>
      <span className={entry.delta >= 0 ? "delta plus" : "delta minus"}>{entry.delta > 0 ? `+${entry.delta}` : entry.delta}</span>
    </li>
  );
}
