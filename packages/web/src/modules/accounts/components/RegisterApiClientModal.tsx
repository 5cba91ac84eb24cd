// Register a third-party app: its name, the actions it may perform and where. The token is
// returned once; TokenOnceModal shows it.
import { graphql, readFragment } from "@gongzhi/schema";
import { MultiSelect, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { actionLabel } from "../../../lib/labels";
import { useCommand } from "../../../lib/useCommand";
import { FormModal } from "../../../ui/FormModal";
import { CommunityOption } from "../../community/components/CommunitySwitcher";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { useViewer } from "../hooks/useViewer";
import { RegisterApiClientMutation } from "./apiClientCommands";

const ClientCommunitiesQuery = graphql(
  `
    query ClientCommunities {
      communities(first: 100) {
        edges {
          node {
            id
            ...CommunityOption
          }
        }
      }
    }
  `,
  [CommunityOption],
);

export function RegisterApiClientModal({ onClose, onRegistered }: { onClose: () => void; onRegistered: (token: string) => void }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { community } = useCurrentCommunity();
  const [{ data }] = useQuery({ query: ClientCommunitiesQuery });
  const form = useForm({
    initialValues: { name: "", actions: ["community:read"], communityIds: community ? [community.id] : [] },
    validate: {
      name: (v) => (v.trim() ? null : t("errors.required")),
      actions: (v) => (v.length ? null : t("errors.required")),
      communityIds: (v) => (v.length ? null : t("errors.required")),
    },
  });
  const [register, fetching] = useCommand(RegisterApiClientMutation, (d) => d.registerApiClient);

  const communities = (data?.communities.edges ?? []).map((e) => readFragment(CommunityOption, e.node));
  if (community && !communities.some((c) => c.id === community.id)) communities.unshift({ id: community.id, name: community.name, code: null, street: community.street });

  const submit = form.onSubmit(async (v) => {
    const registered = await register({ input: { ...v, name: v.name.trim() } }, { form, success: t("apiClients.registered") });
    if (registered) onRegistered(registered.token);
  });

  return (
    <FormModal opened onClose={onClose} title={t("apiClients.register")} onSubmit={submit} submitting={fetching}>
      <TextInput label={t("apiClients.name")} withAsterisk {...form.getInputProps("name")} />
      <MultiSelect
        label={t("apiClients.actions")}
        withAsterisk
        searchable
        data={(viewer?.allActions ?? []).map((a) => ({ value: a, label: `${actionLabel(t, a)} (${a})` }))}
        {...form.getInputProps("actions")}
      />
      <MultiSelect
        label={t("apiClients.communities")}
        withAsterisk
        searchable
        data={communities.map((c) => ({ value: c.id, label: c.name }))}
        {...form.getInputProps("communityIds")}
      />
    </FormModal>
  );
}
