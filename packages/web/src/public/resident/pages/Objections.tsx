// 异议: /c/<code>/me/objections/<notice id> — a notice as the signed-in resident reads it, the form
// to raise an objection while the server allows it (allowedSteps OBJECT: inside the period), and the
// resident's own objections to it with the staff's answers. /c/<code>/me/objections — "my
// objections": every notice the resident objected to, newest first.
import { useState, type FormEvent } from "react";
import { day, dayTime } from "../../format";
import { useT } from "../../i18n";
import { Countdown } from "../../pages/Notices";
import { Link, communityPath } from "../../router";
import { Badge, Empty, Loaded } from "../../ui";
import { useResidentMutation, useResidentQuery } from "../api";
import {
  FILE_OBJECTION,
  MY_OBJECTIONS,
  OBJECTION_NOTICE,
  type FileObjectionData,
  type MyObjection,
  type MyObjectionsData,
  type ObjectableNotice,
  type ObjectionNoticeData,
} from "../queries.participation";
import { RequireResident, useResidentSession } from "../session";
import { ErrorNote, Notice } from "../ui";
import { MoreButton, PageHead, Paged, TextArea } from "./parts";

const NOTICE_TONE = { PUBLISHED: "blue", AWAITING_ANSWERS: "orange", OBJECTION_UPHELD: "red", FINAL: "green", WITHDRAWN: "gray" } as const;
const myObjectionsPath = (code: string) => communityPath(code, "me/objections");
export const objectionPath = (code: string, noticeId: string) => communityPath(code, `me/objections/${encodeURIComponent(noticeId)}`);

export function ObjectionPage({ code, noticeId }: { code: string; noticeId: string }) {
  return (
    <RequireResident code={code}>
      <ObjectionToNotice code={code} noticeId={noticeId} />
    </RequireResident>
  );
}

function ObjectionToNotice({ code, noticeId }: { code: string; noticeId: string }) {
  const { t } = useT();
  const communityId = useResidentSession().resident!.communityId;
  const state = useResidentQuery<ObjectionNoticeData>(OBJECTION_NOTICE, { id: noticeId });
  return (
    <>
      <PageHead title={t("resident.objections.title")} />
      <Loaded state={state}>
        {(d) =>
          d.node && d.node.__typename === "Notice" && (d.node as ObjectableNotice).community.id === communityId ? (
            <NoticeObjections code={code} notice={d.node as ObjectableNotice} />
          ) : (
            <p className="card">{t("resident.objections.noNotice")}</p>
          )
        }
      </Loaded>
      <p>
        <Link href={myObjectionsPath(code)}>{t("resident.objections.allMine")} ›</Link>
      </p>
    </>
  );
}

function NoticeObjections({ code, notice }: { code: string; notice: ObjectableNotice }) {
  const { t, lng } = useT();
  const [filed, setFiled] = useState<MyObjection[]>([]);
  const objections = [...notice.objections, ...filed.filter((f) => !notice.objections.some((o) => o.id === f.id))];
  return (
    <>
      <article className="card notice" aria-label={notice.title}>
        <div className="card-head">
          <h2 className="card-title">{notice.title}</h2>
          <Badge tone={NOTICE_TONE[notice.status]}>{t(`enums.NoticeStatus.${notice.status}`)}</Badge>
        </div>
        <p className="muted">{t("resident.objections.until", { date: day(lng, notice.endsAt) })}</p>
        {notice.status === "PUBLISHED" && <Countdown endsAt={notice.endsAt} />}
        <details>
          <summary>{t("notice.readAll")}</summary>
          <div className="content">{notice.content}</div>
        </details>
      </article>
      {objections.length > 0 && (
        <>
          <h2 className="subsection-title">{t("resident.objections.mineHere")}</h2>
          {objections.map((o) => (
            <ObjectionCard key={o.id} objection={o} />
          ))}
        </>
      )}
      {notice.allowedSteps.includes("OBJECT") ? (
        <ObjectionForm noticeId={notice.id} onFiled={(o) => setFiled((f) => [...f, o])} />
      ) : (
        <p className="card">{notice.status === "WITHDRAWN" ? t("resident.objections.withdrawn") : t("resident.objections.closed")}</p>
      )}
      <p>
        <Link href={communityPath(code)}>{t("resident.objections.backToNotices")}</Link>
      </p>
    </>
  );
}

function ObjectionCard({ objection: o }: { objection: MyObjection }) {
  const { t, lng } = useT();
  return (
    <article className="card" aria-label={t("resident.objections.mine")}>
      <div className="card-head">
        <p className="muted">{t("resident.objections.filedOn", { date: dayTime(lng, o.createdAt) })}</p>
        <Badge tone={o.status === "PENDING" ? "orange" : o.status === "UPHELD" ? "red" : "gray"}>{t(`resident.objections.status.${o.status}`)}</Badge>
      </div>
      <p>{o.text}</p>
      {o.answer ? (
        <div className={o.status === "UPHELD" ? "answer-box upheld" : "answer-box"}>
          <p className="label">{t("resident.objections.answer", { date: o.answeredAt ? day(lng, o.answeredAt) : "" })}</p>
          <p>{o.answer}</p>
        </div>
      ) : (
        <p className="muted">{t("resident.objections.waiting")}</p>
      )}
    </article>
  );
}

function ObjectionForm({ noticeId, onFiled }: { noticeId: string; onFiled: (o: MyObjection) => void }) {
  const { t } = useT();
  const [text, setText] = useState("");
  const [empty, setEmpty] = useState(false);
  const [done, setDone] = useState(false);
  const file = useResidentMutation<FileObjectionData, { input: { noticeId: string; text: string } }>(FILE_OBJECTION);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setEmpty(!text.trim());
    setDone(false);
    if (!text.trim()) return;
    const d = await file.run({ input: { noticeId, text: text.trim() } });
    if (d) {
      onFiled(d.fileObjection.data);
      setText("");
      setDone(true);
    }
  };
  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate aria-label={t("resident.objections.raise")}>
      <h2 className="card-title">{t("resident.objections.raise")}</h2>
      <TextArea label={t("resident.objections.text")} hint={t("resident.objections.textHint")} value={text} onChange={setText} invalid={empty} maxLength={2000} rows={5} />
      {empty && (
        <p className="form-error" role="alert">
          {t("resident.form.missing", { fields: t("resident.objections.text") })}
        </p>
      )}
      <ErrorNote error={file.error} />
      {done && <Notice>{t("resident.objections.filed")}</Notice>}
      <button type="submit" className="button wide" disabled={file.running}>
        {file.running ? t("resident.form.sending") : t("resident.objections.submit")}
      </button>
    </form>
  );
}

export function MyObjectionsPage({ code }: { code: string }) {
  return (
    <RequireResident code={code}>
      <MyObjections code={code} />
    </RequireResident>
  );
}

function MyObjections({ code }: { code: string }) {
  const { t } = useT();
  const communityId = useResidentSession().resident!.communityId;
  return (
    <>
      <PageHead title={t("resident.objections.myTitle")} intro={t("resident.objections.myIntro")} />
      <Paged page={(after, last, onMore) => <MyObjectionsList code={code} communityId={communityId} after={after} last={last} onMore={onMore} />} />
    </>
  );
}

function MyObjectionsList({ code, communityId, after, last, onMore }: { code: string; communityId: string; after: string | null; last: boolean; onMore: (c: string) => void }) {
  const { t } = useT();
  const state = useResidentQuery<MyObjectionsData>(MY_OBJECTIONS, { c: communityId, after });
  return (
    <Loaded state={state}>
      {(d) => (
        <>
          {after === null && d.notices.totalCount === 0 && (
            <>
              <Empty />
              <p>
                <Link href={communityPath(code)}>{t("resident.objections.backToNotices")}</Link>
              </p>
            </>
          )}
          {d.notices.edges.map(({ node }) => (
            <section key={node.id} aria-label={node.title}>
              <h2 className="subsection-title">
                <Link href={objectionPath(code, node.id)}>{node.title}</Link> <Badge tone={NOTICE_TONE[node.status]}>{t(`enums.NoticeStatus.${node.status}`)}</Badge>
              </h2>
              {node.objections.map((o) => (
                <ObjectionCard key={o.id} objection={o} />
              ))}
            </section>
          ))}
          {last && d.notices.pageInfo.hasNextPage && d.notices.pageInfo.endCursor && <MoreButton onClick={() => onMore(d.notices.pageInfo.endCursor!)} />}
        </>
      )}
    </Loaded>
  );
}
