import { WithCommunity } from "../modules/community/components/WithCommunity";
import { AuditPage } from "../modules/audit/pages/AuditPage";

export default function Route() {
  return <WithCommunity>{(communityId) => <AuditPage communityId={communityId} />}</WithCommunity>;
}
