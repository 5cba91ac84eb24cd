import { WithCommunity } from "../modules/community/components/WithCommunity";
import { WorkbenchPage } from "../modules/indicators/pages/WorkbenchPage";

export default function Route() {
  return <WithCommunity>{(communityId) => <WorkbenchPage key={communityId} communityId={communityId} />}</WithCommunity>;
}
