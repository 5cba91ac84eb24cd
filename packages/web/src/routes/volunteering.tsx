// 志愿服务与积分 (2b): teams and volunteers, the activity calendar and activity pages (volunteering);
// points rules, claims, accounts with their ledger, the points store and the rankings (points), for
// the current community, under one sub-nav.
import { lazy } from "react";
import { useTranslation } from "react-i18next";
import { Route } from "react-router";
import { AccountPage } from "../modules/volunteering/pages/AccountPage";
import { AccountsPage } from "../modules/volunteering/pages/AccountsPage";
import { ActivitiesPage } from "../modules/volunteering/pages/ActivitiesPage";
import { ActivityPage } from "../modules/volunteering/pages/ActivityPage";
import { ClaimsPage } from "../modules/volunteering/pages/ClaimsPage";
import { RulesPage } from "../modules/volunteering/pages/RulesPage";
import { StorePage } from "../modules/volunteering/pages/StorePage";
import { TeamsPage } from "../modules/volunteering/pages/TeamsPage";
import { SECTIONS } from "../modules/volunteering/paths";
import { Lazy, SectionRoutes, WithId } from "./sections";

// The rankings bring the charts library: loaded when they are opened.
const RankingsPage = lazy(() => import("../modules/volunteering/pages/RankingsPage").then((m) => ({ default: m.RankingsPage })));

export default function VolunteeringRoute() {
  const { t } = useTranslation("volunteering");
  return (
    <SectionRoutes label={t("title")} base="/volunteering" sections={SECTIONS.map((s) => ({ path: s, label: t(`tabs.${s}`) }))} first="activities">
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
          <Route path="rankings" element={<Lazy>{<RankingsPage key={communityId} communityId={communityId} />}</Lazy>} />
        </>
      )}
    </SectionRoutes>
  );
}
