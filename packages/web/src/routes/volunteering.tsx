// 志愿服务与积分 (2b): teams and volunteers, the activity calendar and activity pages (volunteering);
// points rules, claims, accounts with their ledger, the points store and the rankings (points), for
// the current community, under one sub-nav.
import { lazy } from "react";
import { useTranslation } from "react-i18next";
import { Route } from "react-router";
import { ActivitiesPage } from "../modules/volunteering/pages/ActivitiesPage";
import { ActivityPage } from "../modules/volunteering/pages/ActivityPage";
import { TeamsPage } from "../modules/volunteering/pages/TeamsPage";
import { SECTIONS } from "../modules/volunteering/paths";
import { AccountPage } from "../modules/points/pages/AccountPage";
import { AccountsPage } from "../modules/points/pages/AccountsPage";
import { ClaimsPage } from "../modules/points/pages/ClaimsPage";
import { RulesPage } from "../modules/points/pages/RulesPage";
import { StorePage } from "../modules/points/pages/StorePage";
import { SECTIONS as POINTS_SECTIONS } from "../modules/points/paths";
import { Lazy } from "../ui/Lazy";
import { SectionRoutes, WithId } from "./sections";

// The rankings bring the charts library: loaded when they are opened.
const RankingsPage = lazy(() => import("../modules/points/pages/RankingsPage").then((m) => ({ default: m.RankingsPage })));

export default function VolunteeringRoute() {
  const { t } = useTranslation("volunteering");
  const { t: tp } = useTranslation("points");
  const sections = [...SECTIONS.map((s) => ({ path: s, label: t(`tabs.${s}`) })), ...POINTS_SECTIONS.map((s) => ({ path: s, label: tp(`tabs.${s}`) }))];
  return (
    <SectionRoutes label={t("title")} base="/volunteering" sections={sections} first="activities">
      {(communityId) => (
        <>
          <Route path="teams" element={<TeamsPage key={communityId} communityId={communityId} />} />
          <Route path="activities" element={<ActivitiesPage key={communityId} communityId={communityId} />} />
          <Route path="activities/:id" element={<WithId>{(id) => <ActivityPage key={id} activityId={id} />}</WithId>} />
          <Route path="rules" element={<RulesPage key={communityId} communityId={communityId} />} />
          <Route path="claims" element={<ClaimsPage key={communityId} communityId={communityId} />} />
          <Route path="accounts" element={<AccountsPage key={communityId} communityId={communityId} />} />
          <Route path="accounts/:id" element={<WithId>{(id) => <AccountPage key={id} accountId={id} />}</WithId>} />
          <Route path="store" element={<StorePage key={communityId} communityId={communityId} />} />
          <Route path="rankings" element={<Lazy><RankingsPage key={communityId} communityId={communityId} /></Lazy>} />
        </>
      )}
    </SectionRoutes>
  );
}
