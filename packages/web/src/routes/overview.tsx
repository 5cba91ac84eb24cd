import { WithCommunity } from "../modules/community/components/WithCommunity";
import { OverviewPage } from "../modules/community/pages/OverviewPage";

export default function Route() {
  return <WithCommunity>{(communityId) => <OverviewPage communityId={communityId} />}</WithCommunity>;
}
