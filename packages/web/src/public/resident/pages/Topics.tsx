// 议题与联名 (/c/<code>/me/topics): propose a topic; the community's topics still collecting
// co-signatures, each with its count against the committee's threshold and a 联名 button where the
// server allows it (allowedSteps COSIGN); and the resident's own topics with their steps.
import { useState, type FormEvent } from "react";
import { day } from "../../format";
import { useT } from "../../i18n";
import { Badge, Empty, Loaded } from "../../ui";
import { useResidentMutation, useResidentQuery } from "../api";
import {
  COSIGN_TOPIC,
  MY_TOPICS,
  OPEN_TOPICS,
  PROPOSE_TOPIC,
  TOPIC_CATEGORIES,
  type CosignTopicData,
  type MyTopicsData,
  type OpenTopicsData,
  type ProposeTopicData,
  type ProposeTopicVars,
  type ResidentTopic,
  type TopicCategory,
  type TopicStatus,
} from "../queries.participation";
import { RequireResident, useResidentSession } from "../session";
import { ErrorNote, Notice } from "../ui";
import { MoreButton, PageHead, Paged, TextArea } from "./parts";

const STATUS_TONE: Record<TopicStatus, "green" | "blue" | "orange" | "red" | "gray"> = {
  SUBMITTED: "orange",
  ACCEPTED: "blue",
  SCHEDULED: "blue",
  DELIBERATED: "blue",
  RESOLVED: "green",
  DONE: "green",
  ESCALATED: "blue",
  DECLINED: "gray",
};

export function TopicsPage({ code }: { code: string }) {
  return (
    <RequireResident code={code}>
      <Topics />
    </RequireResident>
  );
}

function Topics() {
  const { t, lng } = useT();
  const communityId = useResidentSession().resident!.communityId;
  const mine = useResidentQuery<MyTopicsData>(MY_TOPICS, { c: communityId });
  // A new topic shows in both lists: mine read again, the open ones from their first page.
  const [openEpoch, setOpenEpoch] = useState(0);
  const proposed = () => {
    mine.retry();
    setOpenEpoch((e) => e + 1);
  };
  return (
    <>
      <PageHead title={t("resident.topics.title")} intro={t("resident.topics.intro")} />
      <ProposeForm communityId={communityId} onProposed={proposed} />
      <h2 className="subsection-title">{t("resident.topics.open")}</h2>
      <Paged key={openEpoch} page={(after, last, onMore) => <OpenTopicsPage communityId={communityId} after={after} last={last} onMore={onMore} />} />
      <h2 className="subsection-title">{t("resident.topics.mine")}</h2>
      <Loaded state={mine}>
        {(d) =>
          d.topics.edges.length === 0 ? (
            <p className="empty">{t("resident.topics.noneMine")}</p>
          ) : (
            d.topics.edges.map(({ node }) => (
              <article key={node.id} className="card" aria-label={node.title}>
                <TopicHead topic={node} />
                <Cosigns topic={node} />
                {node.declineReason && <p className="warn">{t("resident.topics.declined", { reason: node.declineReason })}</p>}
                {node.reviewNote && !node.declineReason && <p>{t("resident.topics.reviewNote", { note: node.reviewNote })}</p>}
                <details>
                  <summary>{t("resident.topics.steps")}</summary>
                  <ol className="timeline">
                    {node.timeline.map((e) => (
                      <li key={e.id}>
                        <span className="when">{day(lng, e.createdAt)}</span> {t(`resident.enums.TopicStatus.${e.toStatus}`)}
                        {e.note && <> — {e.note}</>}
                      </li>
                    ))}
                  </ol>
                </details>
              </article>
            ))
          )
        }
      </Loaded>
    </>
  );
}

function TopicHead({ topic }: { topic: ResidentTopic }) {
  const { t, lng } = useT();
  return (
    <>
      <div className="card-head">
        <h3 className="card-title">{topic.title}</h3>
        <Badge tone={STATUS_TONE[topic.status]}>{t(`resident.enums.TopicStatus.${topic.status}`)}</Badge>
      </div>
      <p className="muted">
        {t(`resident.enums.TopicCategory.${topic.category}`)} · {t("resident.topics.by", { name: topic.proposerName, date: day(lng, topic.createdAt) })}
      </p>
      <details>
        <summary>{t("resident.topics.readAll")}</summary>
        <div className="content">{topic.description}</div>
      </details>
    </>
  );
}

/** 联名 x / threshold, with the bar; "ready for review" once reached. */
function Cosigns({ topic }: { topic: Pick<ResidentTopic, "cosignCount" | "cosignThreshold" | "readyForReview" | "status"> }) {
  const { t } = useT();
  if (topic.status !== "SUBMITTED") return null;
  const p = topic.cosignThreshold > 0 ? Math.min(100, Math.round((topic.cosignCount / topic.cosignThreshold) * 100)) : 100;
  const label = t("resident.topics.cosigns", { count: topic.cosignCount, threshold: topic.cosignThreshold });
  return (
    <>
      <p className="label">{label}</p>
      <div className="bar" role="progressbar" aria-valuenow={p} aria-valuemin={0} aria-valuemax={100} aria-label={label}>
        <div className="bar-fill" style={{ width: `${p}%` }} />
      </div>
      {topic.readyForReview && <p className="ok">{t("resident.topics.ready")}</p>}
    </>
  );
}

function OpenTopicsPage({ communityId, after, last, onMore }: { communityId: string; after: string | null; last: boolean; onMore: (c: string) => void }) {
  const state = useResidentQuery<OpenTopicsData>(OPEN_TOPICS, { c: communityId, after });
  return (
    <Loaded state={state}>
      {(d) => (
        <>
          {after === null && d.topics.totalCount === 0 && <Empty />}
          {d.topics.edges.map(({ node }) => (
            <OpenTopic key={node.id} topic={node} />
          ))}
          {last && d.topics.pageInfo.hasNextPage && d.topics.pageInfo.endCursor && <MoreButton onClick={() => onMore(d.topics.pageInfo.endCursor!)} />}
        </>
      )}
    </Loaded>
  );
}

function OpenTopic({ topic: initial }: { topic: ResidentTopic }) {
  const { t } = useT();
  const [topic, setTopic] = useState(initial);
  const cosign = useResidentMutation<CosignTopicData, { id: string }>(COSIGN_TOPIC);
  const [done, setDone] = useState(false);
  const sign = async () => {
    const d = await cosign.run({ id: topic.id });
    if (d) {
      setTopic((tp) => ({ ...tp, ...d.cosignTopic.data }));
      setDone(true);
    }
  };
  const may = topic.allowedSteps.includes("COSIGN") && !topic.viewerHasCosigned;
  return (
    <article className="card" aria-label={topic.title}>
      <TopicHead topic={topic} />
      <Cosigns topic={topic} />
      <div className="cosign">
        {topic.proposedByViewer ? (
          <Badge tone="blue">{t("resident.topics.yours")}</Badge>
        ) : topic.viewerHasCosigned ? (
          <Badge tone="green">{t("resident.topics.cosigned")}</Badge>
        ) : (
          <span />
        )}
        {may && (
          <button type="button" className="button" disabled={cosign.running} onClick={() => void sign()}>
            {cosign.running ? t("resident.topics.cosigning") : t("resident.topics.cosign")}
          </button>
        )}
      </div>
      {done && <Notice>{t("resident.topics.cosignDone", { count: topic.cosignCount })}</Notice>}
      <ErrorNote error={cosign.error} />
    </article>
  );
}

function ProposeForm({ communityId, onProposed }: { communityId: string; onProposed: () => void }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [category, setCategory] = useState<TopicCategory | "">("");
  const [missing, setMissing] = useState<string[]>([]);
  const [proposed, setProposed] = useState<string | null>(null);
  const propose = useResidentMutation<ProposeTopicData, ProposeTopicVars>(PROPOSE_TOPIC);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const m = [!title.trim() && "title", !description.trim() && "description", !category && "category"].filter((x): x is string => !!x);
    setMissing(m);
    if (m.length > 0 || !category) return;
    const d = await propose.run({ input: { communityId, title: title.trim(), description: description.trim(), category } });
    if (d) {
      setProposed(d.proposeTopic.data.title);
      setTitle("");
      setDescription("");
      setCategory("");
      setOpen(false);
      onProposed();
    }
  };
  if (!open)
    return (
      <>
        {proposed && <Notice>{t("resident.topics.proposed", { title: proposed })}</Notice>}
        <button type="button" className="button wide" onClick={() => (setOpen(true), setProposed(null))}>
          {t("resident.topics.propose")}
        </button>
      </>
    );
  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate aria-label={t("resident.topics.propose")}>
      <h2 className="card-title">{t("resident.topics.propose")}</h2>
      <p className="muted">{t("resident.topics.proposeHint")}</p>
      <label className="field">
        <span className="field-label">{t("resident.topics.fields.title")}</span>
        <input value={title} maxLength={100} aria-invalid={missing.includes("title") || undefined} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">{t("resident.topics.fields.category")}</span>
        <select value={category} aria-invalid={missing.includes("category") || undefined} onChange={(e) => setCategory(e.target.value as TopicCategory)}>
          <option value="">{t("resident.form.choose")}</option>
          {TOPIC_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`resident.enums.TopicCategory.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <TextArea label={t("resident.topics.fields.description")} hint={t("resident.topics.fields.descriptionHint")} value={description} onChange={setDescription} invalid={missing.includes("description")} maxLength={5000} rows={5} />
      {missing.length > 0 && (
        <p className="form-error" role="alert">
          {t("resident.form.missing", { fields: missing.map((f) => t(`resident.topics.fields.${f}`)).join("、") })}
        </p>
      )}
      <ErrorNote error={propose.error} />
      <button type="submit" className="button wide" disabled={propose.running}>
        {propose.running ? t("resident.form.sending") : t("resident.topics.submit")}
      </button>
      <button type="button" className="button secondary wide" onClick={() => setOpen(false)}>
        {t("resident.form.cancel")}
      </button>
    </form>
  );
}
