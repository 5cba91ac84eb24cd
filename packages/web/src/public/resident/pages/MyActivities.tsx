// 志愿活动报名: the open activities of the resident's community (and where they volunteer), each with
// the resident's own state — 报名 (registering them as a volunteer of the community first when they
// are not yet), 已报名 with 取消报名, 候补第 N 位 with 退出候补 — and their service record: hours
// and the points they earned.
import { useState } from "react";
import { dayTime } from "../../format";
import { useT } from "../../i18n";
import { Badge, Empty, Loaded } from "../../ui";
import { useResidentMutation, useResidentQuery } from "../api";
import {
  CANCEL_SIGN_UP,
  MY_SIGN_UPS,
  OPEN_ACTIVITIES,
  REGISTER_VOLUNTEER,
  SIGN_UP,
  type CancelSignUpData,
  type MySignUp,
  type MySignUpsData,
  type OpenActivitiesData,
  type OpenActivity,
  type RegisterVolunteerData,
  type SignUpData,
} from "../queries.activities";
import { RequireResident } from "../session";
import { ErrorNote } from "../ui";

export function MyActivitiesPage({ code }: { code: string }) {
  return (
    <RequireResident code={code}>
      <MyActivities />
    </RequireResident>
  );
}

function MyActivities() {
  const { t } = useT();
  const state = useResidentQuery<OpenActivitiesData>(OPEN_ACTIVITIES, {});
  return (
    <>
      <h1 className="section-title">{t("resident.activities.title")}</h1>
      <Loaded state={state}>
        {(d) => {
          const activities = d.openVolunteerActivities.edges.map((e) => e.node);
          const registered = new Set(d.myVolunteerRegistrations.filter((v) => v.active).map((v) => v.community.id));
          return (
            <>
              {activities.length === 0 && <Empty />}
              {activities.map((a) => (
                <ActivityCard key={a.id} activity={a} registered={registered.has(a.community.id)} onChanged={state.retry} />
              ))}
            </>
          );
        }}
      </Loaded>
      <h2 className="section-title">{t("resident.activities.record")}</h2>
      <ServiceRecord />
    </>
  );
}

function SignUpState({ s }: { s: MySignUp }) {
  const { t } = useT();
  if (s.status === "CONFIRMED") return <Badge tone="green">{s.checkedOutAt ? t("resident.activities.checkedOut") : s.checkedInAt ? t("resident.activities.checkedIn") : t("resident.activities.confirmed")}</Badge>;
  if (s.status === "WAITLISTED") return <Badge tone="orange">{t("resident.activities.waitlisted", { position: s.waitlistPosition ?? "?" })}</Badge>;
  return <Badge tone="gray">{t("resident.activities.cancelled")}</Badge>;
}

function ActivityCard({ activity: a, registered: registeredBefore, onChanged }: { activity: OpenActivity; registered: boolean; onChanged: () => void }) {
  const { t, lng } = useT();
  const [registeredNow, setRegistered] = useState(false);
  const registered = registeredBefore || registeredNow;
  const [mine, setMine] = useState<MySignUp | null>(a.mySignUp);
  const register = useResidentMutation<RegisterVolunteerData, { input: { communityId: string } }>(REGISTER_VOLUNTEER);
  const signUp = useResidentMutation<SignUpData, { input: { activityId: string } }>(SIGN_UP);
  const cancel = useResidentMutation<CancelSignUpData, { id: string }>(CANCEL_SIGN_UP);
  const busy = register.running || signUp.running || cancel.running;
  const active = mine && mine.status !== "CANCELLED" ? mine : null;
  const doSignUp = async () => {
    if (!registered) {
      if (!(await register.run({ input: { communityId: a.community.id } }))) return;
      setRegistered(true);
    }
    const d = await signUp.run({ input: { activityId: a.id } });
    if (d) {
      setMine(d.signUpForVolunteerActivity.data);
      onChanged();
    }
  };
  const doCancel = async () => {
    if (!active) return;
    const d = await cancel.run({ id: active.id });
    if (d) {
      setMine(d.cancelVolunteerSignUp.data);
      onChanged();
    }
  };
  const full = a.placesLeft <= 0;
  return (
    <article className="card" aria-label={a.title}>
      <div className="card-head">
        <h3 className="card-title">{a.title}</h3>
        {active ? <SignUpState s={active} /> : <Badge tone={a.phase === "ONGOING" ? "green" : "blue"}>{t(`enums.ActivityPhase.${a.phase}`)}</Badge>}
      </div>
      {a.team && <p className="muted">{t("activities.team", { team: a.team.name })}</p>}
      <p>{t("activities.time", { from: dayTime(lng, a.startsAt), to: dayTime(lng, a.endsAt) })}</p>
      <p>{t("activities.place", { place: a.place })}</p>
      <p>
        {t("activities.places", { confirmed: a.confirmedCount, capacity: a.capacity })}
        {full && <> · {t("resident.activities.fullWaitlist", { count: a.waitlistCount })}</>}
      </p>
      {a.requiredSkills.length > 0 && <p>{t("activities.skills", { skills: a.requiredSkills.join("、") })}</p>}
      {a.description && <p>{a.description}</p>}
      {active ? (
        active.allowedSteps.includes("CANCEL") && (
          <button type="button" className="button secondary wide" disabled={busy} onClick={() => void doCancel()}>
            {active.status === "WAITLISTED" ? t("resident.activities.leaveWaitlist") : t("resident.activities.cancel")}
          </button>
        )
      ) : a.allowedSteps.includes("SIGN_UP") || !registered ? (
        <>
          <button type="button" className="button wide" disabled={busy} onClick={() => void doSignUp()}>
            {busy ? t("resident.activities.signingUp") : full ? t("resident.activities.joinWaitlist") : t("resident.activities.signUp")}
          </button>
          {!registered && <p className="muted">{t("resident.activities.registerHint")}</p>}
        </>
      ) : null}
      <ErrorNote error={register.error ?? signUp.error ?? cancel.error} />
    </article>
  );
}

const HOURS_TONE = { NONE: "gray", PENDING: "orange", APPROVED: "green", REJECTED: "red" } as const;

/** My sign-ups, newest first: minutes served, whether verified, points earned. */
function ServiceRecord() {
  const { t, lng } = useT();
  const state = useResidentQuery<MySignUpsData>(MY_SIGN_UPS, { after: null });
  return (
    <Loaded state={state}>
      {(d) => {
        const served = d.myVolunteerSignUps.edges.map((e) => e.node).filter((s) => s.checkedInAt);
        if (served.length === 0) return <Empty />;
        return (
          <ul className="plain">
            {served.map((s) => (
              <li key={s.id} className="card">
                <div className="card-head">
                  <h3 className="card-title">{s.activity.title}</h3>
                  <Badge tone={HOURS_TONE[s.hoursStatus]}>{t(`resident.activities.hours.${s.hoursStatus}`)}</Badge>
                </div>
                <p className="muted">{dayTime(lng, s.activity.startsAt)}</p>
                {s.minutes !== null && <p>{t("resident.activities.minutes", { minutes: s.verifiedMinutes ?? s.minutes })}</p>}
                {s.pointsAwarded ? <p className="ok">{t("resident.activities.points", { points: s.pointsAwarded })}</p> : null}
              </li>
            ))}
          </ul>
        );
      }}
    </Loaded>
  );
}
