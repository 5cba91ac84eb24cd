// 转为议题: an opinion from the ledger goes to the deliberation committee as a topic proposed by the
// clerk; title and description start from the entry and may be rewritten for the committee.
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Select, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { FormModal } from "../../../../ui/FormModal";
import { CATEGORIES, useEnumOptions } from "../../../deliberation/enums";
import { topicPath } from "../../../deliberation/paths";
import { useTurnVisitIntoTopic } from "./commands";
import { VisitRow } from "./VisitsTable";

type Category = (typeof CATEGORIES)[number];
const isCategory = (v: string): v is Category => (CATEGORIES as readonly string[]).includes(v);

export function VisitToTopicModal({ visit, onClose }: { visit: FragmentOf<typeof VisitRow> | undefined; onClose: () => void }) {
  const { t } = useTranslation("serviceComplex");
  const options = useEnumOptions();
  const navigate = useNavigate();
  const v = visit ? readFragment(VisitRow, visit) : null;
  const form = useForm({
    initialValues: { title: v?.topic ?? "", description: v?.content ?? "", category: "" },
    validate: {
      title: (x) => (x.trim() ? null : t("visits.topicTitleRequired")),
      description: (x) => (x.trim() ? null : t("visits.topicDescriptionRequired")),
      category: (x) => (isCategory(x) ? null : t("visits.topicCategoryRequired")),
    },
  });
  const [turn, turning] = useTurnVisitIntoTopic();
  const submit = form.onSubmit(async (values) => {
    if (!v || !isCategory(values.category)) return;
    const done = await turn(
      { id: v.id, input: { category: values.category, title: values.title.trim(), description: values.description.trim() } },
      { form, success: t("visits.toTopicDone") },
    );
    if (!done) return;
    const topic = readFragment(VisitRow, done).deliberationTopic;
    onClose();
    if (topic) void navigate(topicPath(topic.id));
  });
  if (!v) return null;
  return (
    <FormModal opened onClose={onClose} title={t("visits.toTopicTitle")} onSubmit={submit} submitting={turning} submitLabel={t("visits.toTopicSubmit")} size="lg">
      <Text size="sm" c="dimmed">
        {t("visits.toTopicHint")}
      </Text>
      <TextInput label={t("visits.topicTitle")} withAsterisk maxLength={100} {...form.getInputProps("title")} />
      <Select label={t("visits.topicCategory")} withAsterisk data={options("TopicCategory", CATEGORIES)} {...form.getInputProps("category")} />
      <Textarea label={t("visits.topicDescription")} withAsterisk autosize minRows={4} maxRows={12} {...form.getInputProps("description")} />
    </FormModal>
  );
}
