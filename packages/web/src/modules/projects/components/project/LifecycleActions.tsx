// The lifecycle steps the viewer may take now (allowedSteps, decided by the server from the project's
// state and the viewer's grants): 提交协商, 立项, 开始实施, 结项, 评议, 取消.
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { STEPS, type Step } from "../../enums";
import { ProjectOverviewFields } from "./OverviewPanel";
import { useCurrentCommunity } from "../../../community/hooks/useCurrentCommunity";
import { StepModal } from "./StepModal";

const LOOK: Record<Step, { color: string; variant: "filled" | "light" }> = {
  DELIBERATE: { color: "violet", variant: "light" },
  APPROVE: { color: "blue", variant: "filled" },
  START: { color: "cyan", variant: "filled" },
  COMPLETE: { color: "green", variant: "filled" },
  EVALUATE: { color: "teal", variant: "filled" },
  CANCEL: { color: "red", variant: "light" },
};

export function LifecycleActions({ project }: { project: FragmentOf<typeof ProjectOverviewFields> }) {
  const { t } = useTranslation("projects");
  const p = readFragment(ProjectOverviewFields, project);
  const { can } = useCurrentCommunity();
  const [open, setOpen] = useState<Step | null>(null);
  const steps = STEPS.filter((s) => p.allowedSteps.includes(s));
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {t("steps.title")}
      </Title>
      {steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("steps.none")}
        </Text>
      ) : (
        <Stack gap="xs">
          {steps.map((s) => (
            <Button key={s} fullWidth {...LOOK[s]} onClick={() => setOpen(s)}>
              {t(`steps.${s}.button`)}
            </Button>
          ))}
        </Stack>
      )}
      {open && <StepModal key={open} step={open} projectId={p.id} communityId={p.community.id} topicId={p.topic?.id ?? null} deliberated={p.approvalNeedsResolution} mayPublish={can("notice:publish")} onClose={() => setOpen(null)} />}
    </Paper>
  );
}
