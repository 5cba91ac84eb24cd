import { WithCommunity } from "../modules/community/components/WithCommunity";
import { ResidentsPage } from "../modules/community/pages/ResidentsPage";

export default function Route() {
  return <WithCommunity>{(communityId) => <ResidentsPage communityId={communityId} />}</WithCommunity>;
}
