import { WithCommunity } from "../modules/community/components/WithCommunity";
import { MessageLogPage } from "../modules/accounts/pages/MessageLogPage";

export default function Route() {
  return <WithCommunity>{(communityId) => <MessageLogPage communityId={communityId} />}</WithCommunity>;
}
