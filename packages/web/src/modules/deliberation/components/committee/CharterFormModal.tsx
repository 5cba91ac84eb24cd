// Draft a new charter version (starting from the one in force), or edit a draft.
import { Checkbox, Select, SimpleGrid, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { useEnumOptions } from "../../enums";
import type { Charter } from "./ChartersPanel";
import { DraftCharterMutation, UpdateCharterDraftMutation } from "./commands";

type Quorum = "MORE_THAN_HALF" | "TWO_THIRDS";
type Threshold = "SIMPLE_MAJORITY" | "TWO_THIRDS";

interface Props {
  committeeId: string;
  /** The draft to edit. */
  charter?: Charter;
  /** The version a new draft starts from. */
  from?: Charter;
  /** Called with the saved version's id. */
  onSaved?: (id: string) => void;
  onClose: () => void;
}

export function CharterFormModal({ committeeId, charter, from, onSaved, onClose }: Props) {
  const { t } = useTranslation("deliberation");
  const options = useEnumOptions();
  const base = charter ?? from;
  const form = useForm({
    initialValues: {
      title: base?.title ?? t("charters.defaultTitle"),
      body: base?.body ?? "",
      quorumRule: (base?.quorumRule ?? "MORE_THAN_HALF") as Quorum,
      defaultThreshold: (base?.defaultThreshold ?? "SIMPLE_MAJORITY") as Threshold,
      stakeholdersMayVote: base?.stakeholdersMayVote ?? false,
    },
    validate: { title: (v) => (v.trim() ? null : t("form.required")), body: (v) => (v.trim() ? null : t("form.required")) },
  });
  const [draft, drafting] = useCommand(DraftCharterMutation, (d) => d.draftCharter);
  const [update, updating] = useCommand(UpdateCharterDraftMutation, (d) => d.updateCharterDraft);
  const submit = form.onSubmit(async (v) => {
    const fields = { ...v, title: v.title.trim(), body: v.body.trim() };
    const done = charter
      ? await update({ id: charter.id, input: fields }, { form, success: t("charters.updated") })
      : await draft({ input: { ...fields, committeeId } }, { form, success: t("charters.drafted") });
    if (!done) return;
    onSaved?.(done.id);
    onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={charter ? t("charters.edit") : t("charters.draft")} onSubmit={submit} submitting={drafting || updating} size="xl">
      <TextInput label={t("charters.title")} withAsterisk {...form.getInputProps("title")} />
      <Textarea label={t("charters.body")} withAsterisk autosize minRows={8} maxRows={20} {...form.getInputProps("body")} />
      <SimpleGrid cols={2}>
        <Select label={t("committee.quorumRule")} allowDeselect={false} data={options("QuorumRule", ["MORE_THAN_HALF", "TWO_THIRDS"])} {...form.getInputProps("quorumRule")} />
        <Select label={t("committee.defaultThreshold")} allowDeselect={false} data={options("VoteThreshold", ["SIMPLE_MAJORITY", "TWO_THIRDS"])} {...form.getInputProps("defaultThreshold")} />
      </SimpleGrid>
      <Checkbox label={t("charters.stakeholdersMayVote")} {...form.getInputProps("stakeholdersMayVote", { type: "checkbox" })} />
    </FormModal>
  );
}
