// Who staffs a window: the community's accounts (for holders of account:read) and the clerks of
// the complex's windows. The API refuses accounts that cannot handle tickets.
import { graphql } from "@gongzhi/schema";
import { MultiSelect } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { FormModal } from "../../../../ui/FormModal";
import { useCurrentCommunity } from "../../../community/hooks/useCurrentCommunity";
import { useSetClerks } from "./commands";

const ClerkCandidatesQuery = graphql(`
  query ServiceClerkCandidates($communityId: ID!) {
    accounts(communityId: $communityId, first: 100) {
      edges {
        node {
          id
          displayName
          username
        }
      }
    }
  }
`);

interface ClerksModalProps {
  communityId: string;
  windowId: string;
  current: string[];
  /** Clerks known from the complex's windows (id → name). */
  known: Map<string, string>;
  onClose: () => void;
}

export function ClerksModal({ communityId, windowId, current, known, onClose }: ClerksModalProps) {
  const { t } = useTranslation("serviceComplex");
  const { can } = useCurrentCommunity();
  const [{ data }] = useQuery({ query: ClerkCandidatesQuery, variables: { communityId }, pause: !can("account:read") });
  const options = new Map(known);
  for (const e of data?.accounts.edges ?? []) options.set(e.node.id, `${e.node.displayName}（${e.node.username}）`);
  const form = useForm({ initialValues: { accountIds: current } });
  const [set, setting] = useSetClerks();
  const submit = form.onSubmit(async (v) => {
    const done = await set({ id: windowId, accountIds: v.accountIds }, { form, success: t("settings.clerksSaved") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("settings.clerks")} onSubmit={submit} submitting={setting} size="md">
      <MultiSelect
        label={t("settings.clerks")}
        description={t("settings.clerksHint")}
        searchable
        data={[...options].map(([value, label]) => ({ value, label }))}
        {...form.getInputProps("accountIds")}
      />
    </FormModal>
  );
}
