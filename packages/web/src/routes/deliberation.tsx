// 议事委员会: the committee, topics, meetings, resolutions and notices of the current community.
import { useTranslation } from "react-i18next";
import { Route } from "react-router";
import { CommitteePage } from "../modules/deliberation/pages/CommitteePage";
import { MeetingPage } from "../modules/deliberation/pages/MeetingPage";
import { MeetingsPage } from "../modules/deliberation/pages/MeetingsPage";
import { ResolutionsPage } from "../modules/deliberation/pages/ResolutionsPage";
import { TopicPage } from "../modules/deliberation/pages/TopicPage";
import { TopicsPage } from "../modules/deliberation/pages/TopicsPage";
import { NoticesPage } from "../modules/notices/pages/NoticesPage";
import { SectionRoutes, WithId } from "./sections";

const SECTIONS = ["committee", "topics", "meetings", "resolutions", "notices"] as const;

export default function DeliberationRoute() {
  const { t } = useTranslation("deliberation");
  return (
    <SectionRoutes label={t("title")} base="/deliberation" sections={SECTIONS.map((s) => ({ path: s, label: t(`tabs.${s}`) }))} first="committee">
      {(communityId) => (
        <>
          <Route path="committee" element={<CommitteePage communityId={communityId} />} />
          <Route path="topics" element={<TopicsPage communityId={communityId} />} />
          <Route path="topics/:id" element={<WithId>{(id) => <TopicPage key={id} topicId={id} />}</WithId>} />
          <Route path="meetings" element={<MeetingsPage communityId={communityId} />} />
          <Route path="meetings/:id" element={<WithId>{(id) => <MeetingPage key={id} meetingId={id} />}</WithId>} />
          <Route path="resolutions" element={<ResolutionsPage communityId={communityId} />} />
          <Route path="notices" element={<NoticesPage communityId={communityId} />} />
        </>
      )}
    </SectionRoutes>
  );
}
