// 扫码签到/签退 (/c/<code>/checkin/<activity's check-in code>): the page the activity's QR code opens.
// Signed in, it shows the resident's activity that is open for it now (their place on an activity
// from 30 minutes before its start until 2 hours after its end) with one big button: 签到 before
// checking in, 签退 after. The code itself goes to the server, which decides: a code of an activity
// the resident did not sign up for, or outside the window, gets the server's own message.
import { useState } from "react";
import { dayTime } from "../../format";
import { useT } from "../../i18n";
import { Link, residentPath } from "../../router";
import { Loaded } from "../../ui";
import { useResidentMutation, useResidentQuery } from "../api";
import { CHECK_IN, CHECK_OUT, MY_SIGN_UPS, type CheckInData, type CheckOutData, type MySignUpsData, type MySignUpWithActivity } from "../queries.activities";
import { RequireResident } from "../session";
import { ErrorNote } from "../ui";

const BEFORE_MS = 30 * 60_000;
const AFTER_MS = 2 * 3_600_000;

/** My places on activities whose check-in or check-out is open now, soonest first. */
export function openNow(signUps: MySignUpWithActivity[], now: number): MySignUpWithActivity[] {
  return signUps
    .filter((s) => s.status === "CONFIRMED" && new Date(s.activity.startsAt).getTime() - BEFORE_MS <= now && now <= new Date(s.activity.endsAt).getTime() + AFTER_MS)
    .sort((a, b) => a.activity.startsAt.localeCompare(b.activity.startsAt));
}

export function CheckInPage({ code, checkInCode }: { code: string; checkInCode: string }) {
  const { t } = useT();
  return (
    <RequireResident code={code}>
      <h1 className="section-title">{t("resident.checkIn.title")}</h1>
      <CheckIn code={code} checkInCode={checkInCode} />
    </RequireResident>
  );
}

function CheckIn({ code, checkInCode }: { code: string; checkInCode: string }) {
  const { t } = useT();
  const state = useResidentQuery<MySignUpsData>(MY_SIGN_UPS, { after: null });
  const [done, setDone] = useState<{ kind: "in" | "out"; signUp: MySignUpWithActivity } | null>(null);
  const checkIn = useResidentMutation<CheckInData, { input: { code: string } }>(CHECK_IN);
  const checkOut = useResidentMutation<CheckOutData, { input: { code: string } }>(CHECK_OUT);
  const busy = checkIn.running || checkOut.running;
  const run = async (kind: "in" | "out") => {
    checkIn.reset();
    checkOut.reset();
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
        const candidates = openNow(
          d.myVolunteerSignUps.edges.map((e) => e.node),
          Date.now(),
        );
        // Checked in and not out: 签退 comes next; else 签到.
        const current = candidates.find((s) => s.checkedInAt && !s.checkedOutAt) ?? candidates.find((s) => !s.checkedInAt) ?? candidates[0] ?? null;
        const next: "in" | "out" | null = !current ? "in" : !current.checkedInAt ? "in" : !current.checkedOutAt ? "out" : null;
        return (
          <>
            {current ? (
              <>
                <p className="muted">{t("resident.checkIn.yourActivity")}</p>
                <ActivitySummary signUp={current} />
              </>
            ) : (
              <p className="card">{t("resident.checkIn.noneNow")}</p>
            )}
            {next ? (
              <button type="button" className={next === "out" ? "button big-button out" : "button big-button"} disabled={busy} onClick={() => void run(next)}>
                {busy ? t("resident.checkIn.sending") : next === "out" ? t("resident.checkIn.checkOut") : t("resident.checkIn.checkIn")}
              </button>
            ) : (
              <p className="ok">{t("resident.checkIn.alreadyOut")}</p>
            )}
            <ErrorNote error={checkIn.error ?? checkOut.error} />
            {/* The code may be another activity's than the one shown: the server knows, and says why not. */}
            {next !== "in" && (
              <button type="button" className={next ? "button-link" : "button secondary wide"} disabled={busy} onClick={() => void run("in")}>
                {next ? t("resident.checkIn.checkInInstead") : t("resident.checkIn.otherActivity")}
              </button>
            )}
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
