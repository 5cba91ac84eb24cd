// 满意度评价 (/c/<code>/me/survey/<project id>): a completed project's survey for the signed-in
// resident, once: the form while the server says it is open (surveyOpen) and the resident has not
// answered (viewerSurveyResponse), else their answer or why it is closed.
import { useState, type FormEvent } from "react";
import { day } from "../../format";
import { useT } from "../../i18n";
import { communityPath, Link } from "../../router";
import { Loaded } from "../../ui";
import { useResidentMutation, useResidentQuery } from "../api";
import { ANSWER_SURVEY, SURVEY_PROJECT, type AnswerSurveyData, type SurveyProject, type SurveyProjectData } from "../queries.participation";
import { RequireResident, useResidentSession } from "../session";
import { ErrorNote } from "../ui";
import { PageHead, ScorePicker, TextArea } from "./parts";

export function SurveyPage({ code, projectId }: { code: string; projectId: string }) {
  return (
    <RequireResident code={code}>
      <Survey code={code} projectId={projectId} />
    </RequireResident>
  );
}

function Survey({ code, projectId }: { code: string; projectId: string }) {
  const { t } = useT();
  const communityId = useResidentSession().resident!.communityId;
  const state = useResidentQuery<SurveyProjectData>(SURVEY_PROJECT, { id: projectId });
  return (
    <>
      <PageHead title={t("resident.survey.title")} />
      <Loaded state={state}>
        {(d) =>
          d.node && d.node.__typename === "Project" && (d.node as SurveyProject).community.id === communityId ? (
            <SurveyCard project={d.node as SurveyProject} />
          ) : (
            <p className="card">{t("resident.survey.noProject")}</p>
          )
        }
      </Loaded>
      <p>
        <Link href={communityPath(code, "projects")}>{t("resident.survey.back")}</Link>
      </p>
    </>
  );
}

function SurveyCard({ project }: { project: SurveyProject }) {
  const { t, lng } = useT();
  const [answer, setAnswer] = useState(project.viewerSurveyResponse);
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const send = useResidentMutation<AnswerSurveyData, { input: { projectId: string; score: number; comment?: string } }>(ANSWER_SURVEY);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(score === null);
    if (score === null) return;
    const d = await send.run({ input: { projectId: project.id, score, ...(comment.trim() ? { comment: comment.trim() } : {}) } });
    if (d) setAnswer(d.answerProjectSurvey.data);
  };
  return (
    <article className="card" aria-label={project.title}>
      <h2 className="card-title">{project.title}</h2>
      <p className="muted">{t(`enums.ProjectStatus.${project.status}`)}</p>
      {answer ? (
        <div className="form-ok" role="status">
          <p>{t("resident.survey.answered", { score: answer.score, label: t(`resident.score.${answer.score}`), date: day(lng, answer.createdAt) })}</p>
          {answer.comment && <p>{answer.comment}</p>}
        </div>
      ) : project.surveyOpen ? (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t("resident.survey.title")}>
          <p>{t("resident.survey.question")}</p>
          <ScorePicker name="survey-score" legend={t("resident.survey.score")} value={score} onChange={setScore} invalid={missing} />
          <TextArea label={t("resident.survey.comment")} value={comment} onChange={setComment} maxLength={500} rows={3} />
          {missing && (
            <p className="form-error" role="alert">
              {t("resident.form.chooseScore")}
            </p>
          )}
          <ErrorNote error={send.error} />
          <p className="muted">{t("resident.survey.once")}</p>
          <button type="submit" className="button wide" disabled={send.running}>
            {send.running ? t("resident.form.sending") : t("resident.survey.submit")}
          </button>
        </form>
      ) : (
        <p>{t("resident.survey.closed")}</p>
      )}
    </article>
  );
}
