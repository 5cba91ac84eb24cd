// 扫码签到/签退 (/c/<code>/checkin/<activity's check-in code>): the page the activity's QR code opens.
// Signed in, it asks the server for the resident's own sign-up for the activity whose code it is
// (myVolunteerSignUps(checkInCode)) and shows that activity with one big button: 签到 before checking
// in, 签退 after. The window (30 minutes before the start until 2 hours after the end) is the server's
// to decide: outside it, the resident reads the server's own message. A code of an activity the
// resident did not sign up for says so, with the way to sign up.
import { useState } from "react";
import { dayTime } from "../../format";
import { useT } from "../../i18n";
import { Link, residentPath } from "../../router";
import { Loaded } from "../../ui";
import { useResidentMutation, useResidentQuery } from "../api";
import { CHECK_IN, CHECK_OUT, MY_SIGN_UP_FOR_CODE, type CheckInData, type CheckOutData, type MySignUpForCodeData, type MySignUpWithActivity } from "../queries.activities";
import { RequireResident } from "../session";
import { ErrorNote } from "../ui";

export function CheckInPage({ code, checkInCode }: { code: string; checkInCode: string }) {
  const { t } = useT();
  return (
    <RequireResident code={code}>
      <h1 className="section-title">{t("resident.checkIn.title")}</h1>
      <CheckIn code={code} checkInCode={checkInCode} />
    </RequireResident>
  );
}

/** What the button does for this sign-up: 签到, 签退, or nothing (checked out, on the waiting list, cancelled). */
export function nextStep(s: MySignUpWithActivity): "in" | "out" | null {
  if (s.status !== "CONFIRMED") return null;
  return !s.checkedInAt ? "in" : !s.checkedOutAt ? "out" : null;
}

function CheckIn({ code, checkInCode }: { code: string; checkInCode: string }) {
  const { t } = useT();
  const state = useResidentQuery<MySignUpForCodeData>(MY_SIGN_UP_FOR_CODE, { checkInCode });
  const [done, setDone] = useState<{ kind: "in" | "out"; signUp: MySignUpWithActivity } | null>(null);
  const checkIn = useResidentMutation<CheckInData, { input: { code: string } }>(CHECK_IN);
  const checkOut = useResidentMutation<CheckOutData, { input: { code: string } }>(CHECK_OUT);
  const busy = checkIn.running || checkOut.running;
  const run = async (kind: "in" | "out") => {
    if (kind === "in") {
      const d = await checkIn.run({ input: { code: checkInCode } });
      if (d) setDone({ kind, signUp: d.checkInToVolunteerActivity.data });
    } else {
      const d = await checkOut.run({ input: { code: checkInCode } });
      if (d) setDone({ kind, signUp: d.checkOutOfVolunteerActivity.data });
    }
  };
  if (done) return <Done code={code} kind={done.kind} signUp={done.signUp} />;
  return (
    <Loaded state={state}>
      {(d) => {
        const signUp = d.myVolunteerSignUps.edges[0]?.node ?? null;
        if (!signUp) {
          return (
            <>
              <p className="card">{t("resident.checkIn.notSignedUp")}</p>
              <Link className="button secondary wide" href={residentPath(code, "me", "activities")}>
                {t("resident.checkIn.toActivities")}
              </Link>
            </>
          );
        }
        const next = nextStep(signUp);
        return (
          <>
            <ActivitySummary signUp={signUp} />
            {next ? (
              <button type="button" className={next === "out" ? "button big-button out" : "button big-button"} disabled={busy} onClick={() => void run(next)}>
                {busy ? t("resident.checkIn.sending") : next === "out" ? t("resident.checkIn.checkOut") : t("resident.checkIn.checkIn")}
              </button>
            ) : (
              <p className={signUp.status === "CONFIRMED" ? "ok" : "card"}>
                {signUp.status === "WAITLISTED" ? t("resident.checkIn.waitlisted") : signUp.status === "CONFIRMED" ? t("resident.checkIn.alreadyOut") : t("resident.checkIn.cancelled")}
              </p>
            )}
            <ErrorNote error={checkIn.error ?? checkOut.error} />
            <p className="muted">{t("resident.checkIn.hint")}</p>
            <Link href={residentPath(code, "me", "activities")}>{t("resident.me.links.activities")}</Link>
          </>
        );
      }}
    </Loaded>
  );
}

function ActivitySummary({ signUp }: { signUp: MySignUpWithActivity }) {
  const { t, lng } = useT();
  const a = signUp.activity;
  return (
    <article className="card" aria-label={a.title}>
      <h2 className="card-title">{a.title}</h2>
      <p>{t("activities.time", { from: dayTime(lng, a.startsAt), to: dayTime(lng, a.endsAt) })}</p>
      <p>{t("activities.place", { place: a.place })}</p>
      {signUp.checkedInAt && <p className="ok">{t("resident.checkIn.checkedInAt", { when: dayTime(lng, signUp.checkedInAt) })}</p>}
    </article>
  );
}

function Done({ code, kind, signUp }: { code: string; kind: "in" | "out"; signUp: MySignUpWithActivity }) {
  const { t, lng } = useT();
  return (
    <section className="card done" role="status" aria-label={signUp.activity.title}>
      <h2 className="card-title ok">{kind === "in" ? t("resident.checkIn.doneIn") : t("resident.checkIn.doneOut")}</h2>
      <p className="card-title">{signUp.activity.title}</p>
      <p>{t("activities.place", { place: signUp.activity.place })}</p>
      {kind === "in" && signUp.checkedInAt && <p>{t("resident.checkIn.checkedInAt", { when: dayTime(lng, signUp.checkedInAt) })}</p>}
      {kind === "out" && (
        <>
          {signUp.checkedOutAt && <p>{t("resident.checkIn.checkedOutAt", { when: dayTime(lng, signUp.checkedOutAt) })}</p>}
          <p>{t("resident.checkIn.minutes", { minutes: signUp.minutes ?? 0 })}</p>
          <p className="muted">{t("resident.checkIn.pending")}</p>
        </>
      )}
      {kind === "in" && <p className="muted">{t("resident.checkIn.outLater")}</p>}
      <Link className="button secondary wide" href={residentPath(code, "me")}>
        {t("resident.me.title")}
      </Link>
    </section>
  );
}
