// 群众点菜 (/c/<code>/me/requests): ask the community for a project (its type, a short title, the
// request in one's own words), and follow one's requests: each with its status as the community takes
// it forward (提出 → 协商 → 立项 → 实施 → 完成), and a link to the public project page once approved.
import { useState, type FormEvent } from "react";
import { day } from "../../format";
import { useT } from "../../i18n";
import { communityPath, Link } from "../../router";
import { Badge, Empty, Loaded } from "../../ui";
import { useResidentMutation, useResidentQuery } from "../api";
import { MY_REQUESTS, PROJECT_TYPES, REQUEST_PROJECT, type MyRequestsData, type ProjectStatus, type ProjectTypesData, type RequestProjectData } from "../queries.participation";
import { RequireResident, useResidentSession } from "../session";
import { ErrorNote, Notice } from "../ui";
import { PageHead, TextArea } from "./parts";

const TONE: Record<ProjectStatus, "green" | "blue" | "orange" | "red" | "gray"> = {
  PROPOSED: "orange",
  DELIBERATING: "blue",
  APPROVED: "blue",
  IN_PROGRESS: "blue",
  COMPLETED: "green",
  EVALUATED: "green",
  CANCELLED: "gray",
};

export function RequestsPage({ code }: { code: string }) {
  return (
    <RequireResident code={code}>
      <Requests code={code} />
    </RequireResident>
  );
}

function Requests({ code }: { code: string }) {
  const { t, lng } = useT();
  const communityId = useResidentSession().resident!.communityId;
  const mine = useResidentQuery<MyRequestsData>(MY_REQUESTS, { c: communityId });
  return (
    <>
      <PageHead title={t("resident.requests.title")} intro={t("resident.requests.intro")} />
      <RequestForm communityId={communityId} onRequested={mine.retry} />
      <h2 className="subsection-title">{t("resident.requests.mine")}</h2>
      <Loaded state={mine}>
        {(d) =>
          d.projects.edges.length === 0 ? (
            <Empty />
          ) : (
            [...d.projects.edges].reverse().map(({ node: p }) => (
              <article key={p.id} className="card" aria-label={p.title}>
                <div className="card-head">
                  <h3 className="card-title">{p.title}</h3>
                  <Badge tone={TONE[p.status]}>{t(`enums.ProjectStatus.${p.status}`)}</Badge>
                </div>
                <p className="muted">
                  {p.type.name} · {t("resident.requests.on", { date: day(lng, p.createdAt) })}
                </p>
                {p.requestText && <p>{p.requestText}</p>}
                <p className="hint">{t(`resident.requests.next.${p.status}`)}</p>
                {p.cancelReason && <p className="warn">{t("resident.requests.cancelled", { reason: p.cancelReason })}</p>}
                {p.isPublic && (
                  <p>
                    <Link href={communityPath(code, "projects")}>{t("resident.requests.public")} ›</Link>
                  </p>
                )}
              </article>
            ))
          )
        }
      </Loaded>
    </>
  );
}

function RequestForm({ communityId, onRequested }: { communityId: string; onRequested: () => void }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (!open)
    return (
      <>
        {done && <Notice>{t("resident.requests.done", { title: done })}</Notice>}
        <button type="button" className="button wide" onClick={() => (setOpen(true), setDone(null))}>
          {t("resident.requests.new")}
        </button>
      </>
    );
  return (
    <RequestFormOpen
      communityId={communityId}
      onCancel={() => setOpen(false)}
      onDone={(title) => {
        setDone(title);
        setOpen(false);
        onRequested();
      }}
    />
  );
}

function RequestFormOpen({ communityId, onCancel, onDone }: { communityId: string; onCancel: () => void; onDone: (title: string) => void }) {
  const { t } = useT();
  const types = useResidentQuery<ProjectTypesData>(PROJECT_TYPES, { c: communityId });
  const [typeId, setTypeId] = useState("");
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [missing, setMissing] = useState<string[]>([]);
  const request = useResidentMutation<RequestProjectData, { input: { communityId: string; typeId: string; title: string; requestText: string } }>(REQUEST_PROJECT);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const m = [!typeId && "type", !title.trim() && "title", !text.trim() && "text"].filter((x): x is string => !!x);
    setMissing(m);
    if (m.length > 0) return;
    const d = await request.run({ input: { communityId, typeId, title: title.trim(), requestText: text.trim() } });
    if (d) onDone(d.requestProject.data.title);
  };
  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate aria-label={t("resident.requests.new")}>
      <h2 className="card-title">{t("resident.requests.new")}</h2>
      <Loaded state={types}>
        {(d) => (
          <label className="field">
            <span className="field-label">{t("resident.requests.fields.type")}</span>
            <select value={typeId} aria-invalid={missing.includes("type") || undefined} onChange={(e) => setTypeId(e.target.value)}>
              <option value="">{t("resident.form.choose")}</option>
              {d.projectTypes.edges.map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </Loaded>
      <label className="field">
        <span className="field-label">{t("resident.requests.fields.title")}</span>
        <span className="field-hint">{t("resident.requests.titleHint")}</span>
        <input value={title} maxLength={100} aria-invalid={missing.includes("title") || undefined} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <TextArea label={t("resident.requests.fields.text")} hint={t("resident.requests.textHint")} value={text} onChange={setText} invalid={missing.includes("text")} maxLength={2000} rows={5} />
      {missing.length > 0 && (
        <p className="form-error" role="alert">
          {t("resident.form.missing", { fields: missing.map((f) => t(`resident.requests.fields.${f}`)).join("、") })}
        </p>
      )}
      <ErrorNote error={request.error} />
      <button type="submit" className="button wide" disabled={request.running}>
        {request.running ? t("resident.form.sending") : t("resident.requests.submit")}
      </button>
      <button type="button" className="button secondary wide" onClick={onCancel}>
        {t("resident.form.cancel")}
      </button>
    </form>
  );
}
