// 议事委员会: the committee, topics, meetings, resolutions and notices of the current community.
import type { ReactNode } from "react";
import { Navigate, Route, Routes, useParams } from "react-router";
import { WithCommunity } from "../modules/community/components/WithCommunity";
import { CommitteePage } from "../modules/deliberation/pages/CommitteePage";
import { DeliberationLayout } from "../modules/deliberation/pages/DeliberationLayout";
import { MeetingPage } from "../modules/deliberation/pages/MeetingPage";
import { MeetingsPage } from "../modules/deliberation/pages/MeetingsPage";
import { NoticesPage } from "../modules/notices/pages/NoticesPage";
import { ResolutionsPage } from "../modules/deliberation/pages/ResolutionsPage";
import { TopicPage } from "../modules/deliberation/pages/TopicPage";
import { TopicsPage } from "../modules/deliberation/pages/TopicsPage";
import { COMMITTEE_PATH } from "../modules/deliberation/paths";

function WithId({ children }: { children: (id: string) => ReactNode }) {
  const { id } = useParams();
  return id ? children(id) : null;
}

export default function DeliberationRoute() {
  return (
    <WithCommunity>
      {(communityId) => (
        <Routes>
          <Route element={<DeliberationLayout />}>
            <Route index element={<Navigate to="committee" replace />} />
            <Route path="committee" element={<CommitteePage communityId={communityId} />} />
            <Route path="topics" element={<TopicsPage communityId={communityId} />} />
            <Route path="topics/:id" element={<WithId>{(id) => <TopicPage key={id} topicId={id} />}</WithId>} />
            <Route path="meetings" element={<MeetingsPage communityId={communityId} />} />
            <Route path="meetings/:id" element={<WithId>{(id) => <MeetingPage key={id} meetingId={id} />}</WithId>} />
            <Route path="resolutions" element={<ResolutionsPage communityId={communityId} />} />
            <Route path="notices" element={<NoticesPage communityId={communityId} />} />
            <Route path="*" element={<Navigate to={COMMITTEE_PATH} replace />} />
          </Route>
        </Routes>
      )}
    </WithCommunity>
  );
}
