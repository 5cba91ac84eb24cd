import { WithCommunity } from "../modules/community/components/WithCommunity";
import { OrganizationsPage } from "../modules/community/pages/OrganizationsPage";

export default function Route() {
  return <WithCommunity>{(communityId) => <OrganizationsPage communityId={communityId} />}</WithCommunity>;
}
