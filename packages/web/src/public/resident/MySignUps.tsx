// 我的报名 on the public activities section, for a phone where a resident of this community signed in
// (loaded lazily, only then): their places and waits for activities not yet ended, with a link to
// manage them. Nothing when the session has ended or there are none.
import "./catalog";
import { dayTime } from "../format";
import { useT } from "../i18n";
import { Link, residentPath } from "../router";
import { Badge } from "../ui";
import { useResidentQuery } from "./api";
import { MY_UPCOMING, type MyUpcomingData } from "./queries.activities";

export default function MySignUps({ code, communityId }: { code: string; communityId: string }) {
  const { t, lng } = useT();
  const state = useResidentQuery<MyUpcomingData>(MY_UPCOMING, {});
  const mine = (state.data?.myVolunteerSignUps.edges ?? []).map((e) => e.node).filter((s) => s.status !== "CANCELLED" && s.activity.community.id === communityId);
  if (mine.length === 0) return null;
  return (
    <section className="card" aria-labelledby="my-signups-title">
      <h3 id="my-signups-title" className="card-title">
        {t("resident.activities.mine")}
      </h3>
      <ul className="plain">
        {mine.map((s) => (
          <li key={s.id}>
            {s.activity.title} · {dayTime(lng, s.activity.startsAt)}{" "}
            <Badge tone={s.status === "CONFIRMED" ? "green" : "orange"}>{s.status === "CONFIRMED" ? t("resident.activities.confirmed") : t("resident.activities.waitlisted", { position: s.waitlistPosition ?? "?" })}</Badge>
          </li>
        ))}
      </ul>
      <Link href={residentPath(code, "me", "activities")}>{t("resident.activities.manage")}</Link>
    </section>
  );
}
