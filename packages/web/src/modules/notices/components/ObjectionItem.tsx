// One objection (异议): who filed it and what it says, its status, and the answer with its reason.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { StatusBadge } from "./StatusBadge";

export const ObjectionFields = graphql(`
  fragment ObjectionFields on NoticeObjection {
    id
    text
    status
    filerName
    filerContact
    filedThroughApp
    filedByResident
    answer
    answeredAt
    answeredByName
    allowedSteps
    createdAt
  }
`);

interface Props {
  objection: FragmentOf<typeof ObjectionFields>;
  onAnswer?: (objection: { id: string; filerName: string; text: string }) => void;
}

export function ObjectionItem({ objection, onAnswer }: Props) {
  const { t, i18n } = useTranslation("notices");
  const o = readFragment(ObjectionFields, objection);
  return (
    <Paper p="sm" bg="gray.0" radius="sm" component="article" aria-label={t("objections.of", { name: o.filerName })}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {o.filerName}
            </Text>
            {o.filerContact && (
              <Text size="xs" c="dimmed">
                {o.filerContact}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {o.filedThroughApp ? t("objections.viaApp") : o.filedByResident ? t("objections.online") : t("objections.inPerson")} · {formatDateTime(o.createdAt, i18n.language)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {o.text}
          </Text>
        </Stack>
        <StatusBadge kind="ObjectionStatus" value={o.status} />
      </Group>
      {o.answer && (
        <Text size="sm" mt={6} pl="sm" style={{ borderLeft: "3px solid var(--mantine-color-gray-4)" }}>
          {t("objections.answer", { answer: o.answer })}
          <Text span size="xs" c="dimmed">
            {" "}
            — {o.answeredByName} · {formatDateTime(o.answeredAt, i18n.language)}
          </Text>
        </Text>
      )}
      {onAnswer && o.allowedSteps.includes("ANSWER") && (
        <Button size="xs" mt="xs" onClick={() => onAnswer(o)}>
          {t("objections.answerAction")}
        </Button>
      )}
    </Paper>
  );
}
