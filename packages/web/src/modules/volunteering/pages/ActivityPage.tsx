// 活动详情: the activity's facts and QR code value, its sign-ups with the waiting list, the check-in
// list with 代签到/代签退, and the hours to verify.
import { graphql } from "@gongzhi/schema";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { DetailPage } from "../../../ui/DetailPage";
import { ActivityActions, ResetCodeButton } from "../components/activities/ActivityActions";
import { ActivityHeader, ActivityHeaderFields } from "../components/activities/ActivityHeader";
import { ActivityHoursFields, HoursPanel } from "../components/activities/HoursPanel";
import { HoursRowFields } from "../components/activities/HoursTable";
import { ActivitySignUpsFields, SignUpsPanel } from "../components/activities/SignUpsPanel";
import { SignUpRowFields } from "../components/activities/SignUpsTable";
import { sectionPath } from "../paths";

// 30 sign-ups keep the page within the API's query cost limit (20,000) now that each row carries its
// allowedSteps twice (sign-up and hours rows); 40 answered "Query Cost limit exceeded" in Chromium.
export const VolunteerActivityQuery = graphql(
  `
    query VolunteerActivity($id: ID!) {
      node(id: $id) {
        __typename
        ... on VolunteerActivity {
          id
          ...ActivityHeaderFields
          ...ActivitySignUpsFields
          ...ActivityHoursFields
          signUps(first: 30) {
            totalCount
            edges {
              node {
                id
                ...SignUpRowFields
                ...HoursRowFields
              }
            }
          }
        }
      }
    }
  `,
  [ActivityHeaderFields, ActivitySignUpsFields, ActivityHoursFields, SignUpRowFields, HoursRowFields],
);

export function ActivityPage({ activityId }: { activityId: string }) {
  const { t } = useTranslation("volunteering");
  const [{ data, fetching, error }] = useQuery({ query: VolunteerActivityQuery, variables: { id: activityId }, requestPolicy: "cache-and-network" });
  const activity = data?.node?.__typename === "VolunteerActivity" ? data.node : null;
  const signUps = activity?.signUps.edges.map((e) => e.node) ?? [];
  return (
    <DetailPage back={{ to: sectionPath("activities"), label: t("activity.back") }} query={{ data, fetching, error }} record={activity} notFound={t("activity.notFound")}>
      {(activity) => (
        <>
          <ActivityHeader activity={activity} actions={<ActivityActions activity={activity} />} resetCode={<ResetCodeButton activity={activity} />} />
          <SignUpsPanel activity={activity} signUps={signUps} />
          <HoursPanel activity={activity} signUps={signUps} />
        </>
      )}
    </DetailPage>
  );
}
