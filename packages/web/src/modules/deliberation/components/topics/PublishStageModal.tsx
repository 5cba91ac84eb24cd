// Make a stage of the topic public (提议/商议/决议公开) as a notice for a period.
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { useEnumLabel } from "../../enums";
import { PeriodModal } from "../../../notices/components/PeriodModal";
import { PublishTopicStageMutation } from "./commands";

interface Props {
  topic: { id: string; title: string };
  stage: "PROPOSAL" | "DELIBERATION" | "RESOLUTION";
  onClose: () => void;
}

export function PublishStageModal({ topic, stage, onClose }: Props) {
  const { t } = useTranslation("deliberation");
  const label = useEnumLabel();
  const [publish, publishing] = useCommand(PublishTopicStageMutation, (d) => d.publishTopicStage);
  const stageName = label("TopicStage", stage);
  return (
    <PeriodModal
      title={t("topic.publishStage", { stage: stageName })}
      description={t("topic.publishStageHint", { stage: stageName, title: topic.title })}
      submitting={publishing}
      onClose={onClose}
      onSubmit={(periodDays, form) => publish({ input: { topicId: topic.id, stage, periodDays } }, { form, success: t("notices.published") })}
    />
  );
}
