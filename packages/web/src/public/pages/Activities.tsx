// 志愿活动: published activities not yet ended, with their places, and 报名 for each: the resident
// side's activities page (signed in: sign up, see one's own state, cancel; signed out: sign in first).
import { lazy, Suspense } from "react";
import { usePublicQuery } from "../api";
import { dayTime } from "../format";
import { useT } from "../i18n";
import { ACTIVITIES, type ActivitiesData } from "../queries";
import { Link, residentPath } from "../router";
import { Badge, Empty, Loaded } from "../ui";

/** The signed-in resident's own sign-ups: the resident side's chunk, fetched only on a phone where a resident of this community signed in. */
const MySignUps = lazy(() => import("../resident/MySignUps"));
const signedInHere = (code: string) => {
  try {
    return localStorage.getItem("gongzhi.resident") === code;
  } catch {
    return false;
  }
};

export function Activities({ communityId, code }: { communityId: string; code: string }) {
  const { t, lng } = useT();
  const state = usePublicQuery<ActivitiesData>(ACTIVITIES, { c: communityId });
  return (
    <>
      <p className="intro">{t("activities.intro")}</p>
      {signedInHere(code) && (
        <Suspense fallback={null}>
          <MySignUps code={code} communityId={communityId} />
        </Suspense>
      )}
      <Loaded state={state}>
        {(d) => (
          <>
            {d.publicVolunteerActivities.length === 0 && <Empty />}
            {d.publicVolunteerActivities.map((a, i) => (
              <article key={i} className="card" aria-label={a.title}>
                <div className="card-head">
                  <h3 className="card-title">{a.title}</h3>
                  <Badge tone={a.phase === "ONGOING" ? "green" : "blue"}>{t(`enums.ActivityPhase.${a.phase}`)}</Badge>
                </div>
                {a.teamName && <p className="muted">{t("activities.team", { team: a.teamName })}</p>}
                <p>{t("activities.time", { from: dayTime(lng, a.startsAt), to: dayTime(lng, a.endsAt) })}</p>
                <p>{t("activities.place", { place: a.place })}</p>
                <p>
                  {t("activities.places", { confirmed: a.confirmedCount, capacity: a.capacity })}
                  {a.confirmedCount >= a.capacity && <> · {t("activities.full")}</>}
                </p>
                {a.requiredSkills.length > 0 && <p>{t("activities.skills", { skills: a.requiredSkills.join("、") })}</p>}
                {a.projectTitle && <p className="muted">{t("activities.project", { project: a.projectTitle })}</p>}
                {a.description && <p>{a.description}</p>}
                <Link className="button wide" href={residentPath(code, "me", "activities")}>
                  {t("activities.signUp")}
                </Link>
              </article>
            ))}
          </>
        )}
      </Loaded>
    </>
  );
}
