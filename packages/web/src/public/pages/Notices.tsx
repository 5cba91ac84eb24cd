// 公示: the notice board (every notice, or one kind: a topic's stage notices, the points lists),
// each with its period, a countdown while open, its status, the objections and their answers.
import { useEffect, useState } from "react";
import { usePublicQuery } from "../api";
import { day, remaining } from "../format";
import { useT } from "../i18n";
import { NOTICES, type NoticeStatus, type NoticesData, type PublicNotice } from "../queries";
import { communityPath, Link } from "../router";
import { Badge, Empty, Loaded } from "../ui";

const TONE: Record<NoticeStatus, "green" | "blue" | "orange" | "red" | "gray"> = { PUBLISHED: "blue", AWAITING_ANSWERS: "orange", OBJECTION_UPHELD: "red", FINAL: "green", WITHDRAWN: "gray" };

/** The time now, ticking every minute (for countdowns). */
function useNow() {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

export function Countdown({ endsAt }: { endsAt: string }) {
  const { t } = useT();
  const left = remaining(endsAt, useNow());
  if (!left) return <p className="muted">{t("notice.ended")}</p>;
  return <p className="countdown">{left.days > 0 ? t("notice.remaining", { days: left.days, hours: left.hours }) : t("notice.remainingHours", { hours: left.hours, minutes: left.minutes })}</p>;
}

/** code: the community's, for the 提出异议 link (the resident side asks to sign in first when needed). */
export function NoticeCard({ notice: n, heading = "h3", code }: { notice: PublicNotice; heading?: "h3" | "h4"; code?: string }) {
  const { t, lng } = useT();
  const H = heading;
  return (
    <article className="card notice" aria-label={n.title}>
      <div className="card-head">
        <H className="card-title">{n.title}</H>
        <Badge tone={TONE[n.status]}>{t(`enums.NoticeStatus.${n.status}`)}</Badge>
      </div>
      <p className="muted">{t("notice.period", { from: day(lng, n.publishedAt), to: day(lng, n.endsAt), days: n.periodDays })}</p>
      {n.status === "PUBLISHED" && <Countdown endsAt={n.endsAt} />}
      {n.status === "WITHDRAWN" && n.withdrawnAt && <p className="warn">{t("notice.withdrawn", { date: day(lng, n.withdrawnAt), reason: n.withdrawReason ?? "" })}</p>}
      {n.finalAt && <p className="ok">{t("notice.final", { date: day(lng, n.finalAt) })}</p>}
      <p>
        {n.objectionCount === 0 ? t("notice.noObjections") : t("notice.objections", { count: n.objectionCount })}
        {n.pendingObjectionCount > 0 && <>，{t("notice.pending", { count: n.pendingObjectionCount })}</>}
        {n.upheldObjectionCount > 0 && <>，{t("notice.upheld", { count: n.upheldObjectionCount })}</>}
      </p>
      {n.answers.length > 0 && (
        <div className="answers">
          <p className="label">{t("notice.answers")}</p>
          <ol>
            {n.answers.map((a, i) => (
              <li key={i}>
                <Badge tone={a.status === "UPHELD" ? "red" : "gray"}>{t(`enums.ObjectionStatus.${a.status}`)}</Badge> {a.answer}
                {a.answeredAt && <span className="muted"> （{t("notice.answerOn", { date: day(lng, a.answeredAt) })}）</span>}
              </li>
            ))}
          </ol>
        </div>
      )}
      <details>
        <summary>{t("notice.readAll")}</summary>
        <div className="content">{n.content}</div>
      </details>
      {n.status === "PUBLISHED" && <p className="hint">{t("notice.objectHint")}</p>}
      {n.status === "PUBLISHED" && code && (
        <p>
          <Link className="button secondary wide" href={communityPath(code, `me/objections/${encodeURIComponent(n.id)}`)}>
            {t("notice.object")}
          </Link>
        </p>
      )}
    </article>
  );
}

function NoticePage({ code, communityId, subjectType, after, last, onMore }: { code?: string; communityId: string; subjectType: string | null; after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const { t } = useT();
  const state = usePublicQuery<NoticesData>(NOTICES, { c: communityId, subjectType, after });
  return (
    <Loaded state={state}>
      {(d) => (
        <>
          {after === null && (d.publicNotices.totalCount === 0 ? <Empty /> : <p className="muted">{t("notice.count", { count: d.publicNotices.totalCount })}</p>)}
          {d.publicNotices.edges.map((e) => (
            <NoticeCard key={e.node.id} notice={e.node} code={code} />
          ))}
          {last && d.publicNotices.pageInfo.hasNextPage && d.publicNotices.pageInfo.endCursor && (
            <button type="button" className="button secondary wide" onClick={() => onMore(d.publicNotices.pageInfo.endCursor!)}>
              {t("app.more")}
            </button>
          )}
        </>
      )}
    </Loaded>
  );
}

/** Notices page by page ("load more"); subjectType null: every kind. */
export function NoticeList({ code, communityId, subjectType }: { code?: string; communityId: string; subjectType: string | null }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <>
      {cursors.map((after, i) => (
        <NoticePage key={after ?? "first"} code={code} communityId={communityId} subjectType={subjectType} after={after} last={i === cursors.length - 1} onMore={(c) => setCursors((cs) => [...cs, c])} />
      ))}
    </>
  );
}

const STAGES = ["PROPOSAL", "DELIBERATION", "RESOLUTION"] as const;

/** 三议三公开: each topic's notices, grouped by topic, its three stages in order. */
export function TopicNotices({ code, communityId }: { code?: string; communityId: string }) {
  const { t } = useT();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <>
      <p className="intro">{t("topics.intro")}</p>
      {code && (
        <p>
          <Link className="button secondary wide" href={communityPath(code, "me/topics")}>
            {t("topics.participate")}
          </Link>
        </p>
      )}
      {cursors.map((after, i) => (
        <TopicPage key={after ?? "first"} code={code} communityId={communityId} after={after} last={i === cursors.length - 1} onMore={(c) => setCursors((cs) => [...cs, c])} />
      ))}
    </>
  );
}

function TopicPage({ code, communityId, after, last, onMore }: { code?: string; communityId: string; after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const { t } = useT();
  const state = usePublicQuery<NoticesData>(NOTICES, { c: communityId, subjectType: "Topic", after });
  return (
    <Loaded state={state}>
      {(d) => {
        const topics = new Map<string, PublicNotice[]>();
        for (const { node } of d.publicNotices.edges) {
          const key = node.subjectId ?? node.id;
          topics.set(key, [...(topics.get(key) ?? []), node]);
        }
        return (
          <>
            {after === null && topics.size === 0 && <Empty />}
            {[...topics.entries()].map(([key, notices]) => {
              const byStage = new Map(notices.map((n) => [n.stage, n]));
              const latest = notices[0]!;
              return (
                <section key={key} className="topic" aria-label={latest.title}>
                  <h3 className="topic-title">{latest.title.replace(/^【[^】]*】/, "")}</h3>
                  <p className="muted">{t("topics.stages", { count: STAGES.filter((s) => byStage.has(s)).length })}</p>
                  <ol className="stages">
                    {STAGES.map((s) => {
                      const n = byStage.get(s);
                      return (
                        <li key={s} className={n ? "stage done" : "stage"}>
                          <p className="stage-name">{t(`enums.TopicStage.${s}`)}</p>
                          {n ? <NoticeCard notice={n} heading="h4" code={code} /> : <p className="muted">{t("topics.notYet")}</p>}
                        </li>
                      );
                    })}
                  </ol>
                </section>
              );
            })}
            {last && d.publicNotices.pageInfo.hasNextPage && d.publicNotices.pageInfo.endCursor && (
              <button type="button" className="button secondary wide" onClick={() => onMore(d.publicNotices.pageInfo.endCursor!)}>
                {t("app.more")}
              </button>
            )}
          </>
        );
      }}
    </Loaded>
  );
}
