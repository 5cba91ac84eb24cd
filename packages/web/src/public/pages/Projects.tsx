// 民生项目: the approved special projects, with budget against spending, milestones, photos,
// volunteer hours and the evaluation.
import { useState } from "react";
import { usePublicQuery } from "../api";
import { day, yuan } from "../format";
import { useT } from "../i18n";
import { PROJECTS, type ProjectsData, type PublicProject } from "../queries";
import { communityPath, Link } from "../router";
import { Badge, Empty, Loaded } from "../ui";

function Bar({ percent, label }: { percent: number; label: string }) {
  const p = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className="bar" role="progressbar" aria-valuenow={p} aria-valuemin={0} aria-valuemax={100} aria-label={label}>
      <div className={percent > 100 ? "bar-fill over" : "bar-fill"} style={{ width: `${p}%` }} />
    </div>
  );
}

function ProjectCard({ p, code }: { p: PublicProject; code?: string }) {
  const { t, lng } = useT();
  const used = p.budget.budgetFen > 0 ? (p.budget.spentFen / p.budget.budgetFen) * 100 : 0;
  return (
    <article className="card" aria-label={p.title}>
      <div className="card-head">
        <h3 className="card-title">{p.title}</h3>
        <Badge tone={p.status === "CANCELLED" ? "gray" : p.status === "COMPLETED" || p.status === "EVALUATED" ? "green" : "blue"}>{t(`enums.ProjectStatus.${p.status}`)}</Badge>
      </div>
      <p className="muted">
        {p.typeName}
        {p.organizationName && <> · {t("projects.organization", { name: p.organizationName })}</>}
      </p>
      {p.plannedStartOn && p.plannedEndOn && <p className="muted">{t("projects.planned", { from: day(lng, p.plannedStartOn), to: day(lng, p.plannedEndOn) })}</p>}
      <p>{p.description}</p>
      <p className="label">{t("projects.progress", { percent: p.percentComplete })}</p>
      <Bar percent={p.percentComplete} label={t("projects.progress", { percent: p.percentComplete })} />
      <dl className="figures">
        <div>
          <dt>{t("projects.budget")}</dt>
          <dd>{yuan(p.budget.budgetFen)}</dd>
        </div>
        <div>
          <dt>{t("projects.spent")}</dt>
          <dd>{yuan(p.budget.spentFen)}</dd>
        </div>
        {p.budget.receivedSponsorshipFen > 0 && (
          <div>
            <dt>{t("projects.sponsorship")}</dt>
            <dd>{yuan(p.budget.receivedSponsorshipFen)}</dd>
          </div>
        )}
      </dl>
      {p.budget.budgetFen > 0 && (
        <>
          <p className="muted">{t("projects.budgetUse", { percent: Math.round(used) })}</p>
          <Bar percent={used} label={t("projects.budgetUse", { percent: Math.round(used) })} />
        </>
      )}
      {p.volunteerMinutes > 0 && <p>{t("projects.volunteer", { hours: Math.round((p.volunteerMinutes / 60) * 10) / 10 })}</p>}
      {p.milestones.length > 0 && (
        <>
          <p className="label">{t("projects.milestones")}</p>
          <ul className="milestones">
            {p.milestones.map((m, i) => (
              <li key={i} className={m.completedOn ? "done" : m.overdue ? "late" : ""}>
                <span aria-hidden="true">{m.completedOn ? "✓" : "○"}</span> {m.title}{" "}
                <span className="muted">{m.completedOn ? t("projects.done", { date: day(lng, m.completedOn) }) : t("projects.due", { date: day(lng, m.plannedEndOn) })}</span>
                {m.overdue && <Badge tone="red">{t("projects.overdue")}</Badge>}
              </li>
            ))}
          </ul>
        </>
      )}
      {p.updates.length > 0 && (
        <>
          <p className="label">{t("projects.updates")}</p>
          {p.updates.map((u, i) => (
            <div key={i} className="update">
              <p>
                <span className="muted">{day(lng, u.createdAt)}</span> {u.text}
              </p>
              {u.photos.length > 0 && (
                <div className="photos">
                  {u.photos.map((ph) => (
                    <img key={ph.url} src={ph.url} alt={t("projects.photo")} loading="lazy" />
                  ))}
                </div>
              )}
            </div>
          ))}
        </>
      )}
      {(p.committeeScore !== null || p.satisfaction.responseCount > 0 || p.status === "COMPLETED" || p.status === "EVALUATED") && (
        <>
          <p className="label">{t("projects.evaluation")}</p>
          {p.completionSummary && <p>{p.completionSummary}</p>}
          {p.committeeScore !== null && (
            <p>
              {t("projects.committeeScore", { score: p.committeeScore })}
              {p.committeeComment && <> — {p.committeeComment}</>}
            </p>
          )}
          <p>{p.satisfaction.responseCount > 0 && p.satisfaction.averageScore !== null ? t("projects.satisfaction", { score: p.satisfaction.averageScore, count: p.satisfaction.responseCount }) : t("projects.noSatisfaction")}</p>
          {p.surveyOpen && code && (
            <p>
              <Link className="button wide" href={communityPath(code, `me/survey/${encodeURIComponent(p.id)}`)}>
                {t("projects.survey")}
              </Link>
            </p>
          )}
        </>
      )}
    </article>
  );
}

function ProjectPage({ code, communityId, after, last, onMore }: { code?: string; communityId: string; after: string | null; last: boolean; onMore: (c: string) => void }) {
  const { t } = useT();
  const state = usePublicQuery<ProjectsData>(PROJECTS, { c: communityId, after });
  return (
    <Loaded state={state}>
      {(d) => (
        <>
          {after === null && (d.publicProjects.totalCount === 0 ? <Empty /> : <p className="muted">{t("projects.count", { count: d.publicProjects.totalCount })}</p>)}
          {d.publicProjects.edges.map((e) => (
            <ProjectCard key={e.node.id} p={e.node} code={code} />
          ))}
          {last && d.publicProjects.pageInfo.hasNextPage && d.publicProjects.pageInfo.endCursor && (
            <button type="button" className="button secondary wide" onClick={() => onMore(d.publicProjects.pageInfo.endCursor!)}>
              {t("app.more")}
            </button>
          )}
        </>
      )}
    </Loaded>
  );
}

export function Projects({ code, communityId }: { code?: string; communityId: string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <>
      {cursors.map((after, i) => (
        <ProjectPage key={after ?? "first"} code={code} communityId={communityId} after={after} last={i === cursors.length - 1} onMore={(c) => setCursors((cs) => [...cs, c])} />
      ))}
    </>
  );
}
