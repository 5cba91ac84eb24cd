import { WithCommunity } from "../modules/community/components/WithCommunity";
import { GridsPage } from "../modules/community/pages/GridsPage";

export default function Route() {
  return <WithCommunity>{(communityId) => <GridsPage communityId={communityId} />}</WithCommunity>;
}
