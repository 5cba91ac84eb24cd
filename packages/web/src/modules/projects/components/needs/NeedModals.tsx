// The needs board's forms: list a need, close one with a reason, attach one to an open project.
import { graphql } from "@gongzhi/schema";
import { NumberInput, Select, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { FormModal } from "../../../../ui/FormModal";
import { yuanAmountOk, yuanToFen } from "../../money";
import { useCloseNeed, useCreateNeed, useLinkNeed } from "./commands";

const OpenProjects = graphql(`
  query NeedProjectOptions($communityId: ID!) {
    projects(communityId: $communityId, statuses: [PROPOSED, DELIBERATING, APPROVED, IN_PROGRESS], first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** A need as the forms name it. */
interface NeedRef {
  id: string;
  title: string;
}

export function CreateNeedModal({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [run, running] = useCreateNeed();
  const form = useForm({
    initialValues: { title: "", description: "", estimatedFen: "" as number | string },
    validate: {
      title: (v) => (v.trim() ? null : t("form.required")),
      description: (v) => (v.trim() ? null : t("form.required")),
      estimatedFen: (v) => (v !== "" && !yuanAmountOk(v) ? t("form.amountInvalid") : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    const input = { communityId, title: v.title.trim(), description: v.description.trim(), estimatedFen: v.estimatedFen === "" ? null : yuanToFen(v.estimatedFen) };
    if (await run({ input }, { form, success: t("needs.added") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("needs.add")} onSubmit={submit} submitting={running} size="md">
      <TextInput label={t("needs.need")} withAsterisk {...form.getInputProps("title")} />
      <Textarea label={t("fields.description")} withAsterisk autosize minRows={3} {...form.getInputProps("description")} />
      <NumberInput label={t("needs.estimatedYuan")} min={0} decimalScale={2} thousandSeparator="," prefix="¥" {...form.getInputProps("estimatedFen")} />
    </FormModal>
  );
}

export function CloseNeedModal({ need, onClose }: { need: NeedRef; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [run, running] = useCloseNeed();
  const form = useForm({ initialValues: { reason: "" }, validate: { reason: (v) => (v.trim() ? null : t("form.required")) } });
  const submit = form.onSubmit(async (v) => {
    if (await run({ id: need.id, input: { reason: v.reason.trim() } }, { form, success: t("needs.closed") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("needs.closeTitle", { title: need.title })} onSubmit={submit} submitting={running} size="md">
      <Textarea label={t("needs.closeReason")} withAsterisk autosize minRows={2} {...form.getInputProps("reason")} />
    </FormModal>
  );
}

export function LinkNeedModal({ need, communityId, onClose }: { need: NeedRef; communityId: string; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [{ data }] = useQuery({ query: OpenProjects, variables: { communityId } });
  const [run, running] = useLinkNeed();
  const form = useForm({ initialValues: { projectId: null as string | null }, validate: { projectId: (v) => (v ? null : t("form.required")) } });
  const submit = form.onSubmit(async (v) => {
    if (await run({ id: need.id, projectId: v.projectId! }, { form, success: t("needs.linked") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("needs.linkTitle", { title: need.title })} onSubmit={submit} submitting={running} size="md">
      <Text size="sm" c="dimmed">
        {t("needs.linkHint")}
      </Text>
      <Select label={t("needs.project")} data={(data?.projects.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.title }))} searchable withAsterisk {...form.getInputProps("projectId")} />
    </FormModal>
  );
}
