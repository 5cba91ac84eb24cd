// 形成决议: on a passed vote (or a quorate meeting that deliberated the topic): the text, who carries
// it out, and by when.
import { Select, SimpleGrid, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { CreateResolutionMutation } from "./commands";

/** What a resolution can rest on: a passed vote, or a meeting that deliberated the topic. */
export interface Basis {
  value: string;
  label: string;
  voteId: string | null;
  meetingId: string;
}

interface Props {
  topic: { id: string; title: string };
  bases: readonly Basis[];
  onClose: () => void;
}

export function CreateResolutionModal({ topic, bases, onClose }: Props) {
  const { t } = useTranslation("deliberation");
  const form = useForm({
    initialValues: { basis: bases[0]?.value ?? null, text: "", ownerName: "", dueOn: "" },
    validate: {
      basis: (v) => (v ? null : t("resolutions.basisRequired")),
      text: (v) => (v.trim() ? null : t("form.required")),
      ownerName: (v) => (v.trim() ? null : t("form.required")),
    },
  });
  const [create, creating] = useCommand(CreateResolutionMutation, (d) => d.createResolution);
  const submit = form.onSubmit(async (v) => {
    const basis = bases.find((b) => b.value === v.basis)!;
    const input = {
      topicId: topic.id,
      ...(basis.voteId ? { voteId: basis.voteId } : { meetingId: basis.meetingId }),
      text: v.text.trim(),
      ownerName: orNull(v.ownerName),
      dueOn: v.dueOn || null,
    };
    if (await create({ input }, { form, success: t("resolutions.created") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("resolutions.create")} onSubmit={submit} submitting={creating}>
      <Text fw={600}>{topic.title}</Text>
      <Select label={t("resolutions.basis")} withAsterisk allowDeselect={false} data={bases.map(({ value, label }) => ({ value, label }))} {...form.getInputProps("basis")} />
      <Textarea label={t("resolutions.text")} withAsterisk autosize minRows={4} {...form.getInputProps("text")} />
      <SimpleGrid cols={2}>
        <TextInput label={t("resolutions.ownerName")} withAsterisk {...form.getInputProps("ownerName")} />
        <TextInput type="date" label={t("resolutions.dueOn")} {...form.getInputProps("dueOn")} />
      </SimpleGrid>
    </FormModal>
  );
}
