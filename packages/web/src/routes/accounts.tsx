import { WithCommunity } from "../modules/community/components/WithCommunity";
import { AccountsPage } from "../modules/accounts/pages/AccountsPage";

export default function Route() {
  return <WithCommunity>{(communityId) => <AccountsPage communityId={communityId} />}</WithCommunity>;
}
