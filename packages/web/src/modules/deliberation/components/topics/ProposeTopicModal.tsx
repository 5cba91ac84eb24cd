// Raise a topic as the community (社区提出), or record one a resident raised in person.
import { SegmentedControl, Select, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { CATEGORIES, useEnumOptions } from "../../enums";
import { ResidentPicker } from "../../../community/components/ResidentPicker";
import type { Category } from "./TopicFilters";
import { ProposeTopicMutation } from "./commands";

export function ProposeTopicModal({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation("deliberation");
  const options = useEnumOptions();
  const form = useForm({
    initialValues: { on: "STAFF" as "STAFF" | "RESIDENT", proposerResidentId: null as string | null, title: "", description: "", category: null as string | null },
    validate: {
      title: (v) => (v.trim() ? null : t("form.required")),
      description: (v) => (v.trim() ? null : t("form.required")),
      category: (v) => (v ? null : t("form.required")),
      proposerResidentId: (v, all) => (all.on === "RESIDENT" && !v ? t("topics.pickProposer") : null),
    },
  });
  const [propose, proposing] = useCommand(ProposeTopicMutation, (d) => d.proposeTopic);
  const submit = form.onSubmit(async (v) => {
    const input = {
      communityId,
      title: v.title.trim(),
      description: v.description.trim(),
      category: v.category as Category,
      proposerResidentId: v.on === "RESIDENT" ? v.proposerResidentId : null,
    };
    if (await propose({ input }, { form, success: t("topics.proposed") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("topics.propose")} onSubmit={submit} submitting={proposing}>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t("topics.proposedBy")}
        </Text>
        <SegmentedControl
          data={[
            { value: "STAFF", label: t("topics.byCommunity") },
            { value: "RESIDENT", label: t("topics.forResident") },
          ]}
          {...form.getInputProps("on")}
        />
      </Stack>
      {form.values.on === "RESIDENT" && (
        <ResidentPicker communityId={communityId} label={t("topics.proposerResident")} placeholder={t("members.residentSearch")} withAsterisk {...form.getInputProps("proposerResidentId")} />
      )}
      <TextInput label={t("topics.titleLabel")} withAsterisk {...form.getInputProps("title")} />
      <Select label={t("topics.category")} withAsterisk data={options("TopicCategory", CATEGORIES)} {...form.getInputProps("category")} />
      <Textarea label={t("topics.description")} withAsterisk autosize minRows={4} {...form.getInputProps("description")} />
    </FormModal>
  );
}
