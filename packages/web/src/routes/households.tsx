import { WithCommunity } from "../modules/community/components/WithCommunity";
import { HouseholdsPage } from "../modules/community/pages/HouseholdsPage";

export default function Route() {
  return <WithCommunity>{(communityId) => <HouseholdsPage communityId={communityId} />}</WithCommunity>;
}
