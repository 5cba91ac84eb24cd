// The milestones as a Gantt-style chart drawn with plain boxes: for each milestone the planned span
// (its planned start, else the project's, to its planned end) as a light bar, the actual (start to the day reached, or to today while
// open) as a solid bar over it — green on time, red late — and a line for today.
import { Box, Group, Stack, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../../lib/format";
import { chinaDay, daysBetween } from "../../../../lib/dates";

export interface GanttMilestone {
  id: string;
  title: string;
  plannedStartOn?: string | null;
  plannedEndOn: string;
  completedOn?: string | null;
  overdue: boolean;
  daysLate: number;
}

const ROW = 34;

export function GanttChart({ milestones, startOn, endOn }: { milestones: readonly GanttMilestone[]; startOn?: string | null; endOn?: string | null }) {
  const { t, i18n } = useTranslation("projects");
  const today = chinaDay();
  const startOf = (m: GanttMilestone) => {
    const s = m.plannedStartOn ?? startOn ?? m.plannedEndOn;
    return s > m.plannedEndOn ? m.plannedEndOn : s;
  };
  const days = milestones.flatMap((m) => [startOf(m), m.plannedEndOn, m.completedOn].filter((d): d is string => !!d));
  const all = [...days, startOn, endOn, today].filter((d): d is string => !!d).sort();
  const first = all[0]!;
  const last = all.at(-1)!;
  const span = Math.max(1, daysBetween(first, last) + 1);
  const x = (day: string) => `${(100 * daysBetween(first, day)) / span}%`;
  const w = (from: string, to: string) => `${Math.max(0.6, (100 * (daysBetween(from, to) + 1)) / span)}%`;
  const fmt = (d: string | null | undefined) => formatDate(d, i18n.language) ?? "";

  return (
    <Stack gap={6} data-testid="gantt">
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {fmt(first)}
        </Text>
        <Group gap="md">
          <Group gap={4}>
            <Box w={14} h={8} bg="blue.1" style={{ border: "1px solid var(--mantine-color-blue-4)" }} />
            <Text size="xs">{t("plan.legendPlanned")}</Text>
          </Group>
          <Group gap={4}>
            <Box w={14} h={8} bg="green.6" />
            <Text size="xs">{t("plan.legendOnTime")}</Text>
          </Group>
          <Group gap={4}>
            <Box w={14} h={8} bg="red.6" />
            <Text size="xs">{t("plan.legendLate")}</Text>
          </Group>
          <Group gap={4}>
            <Box w={2} h={12} bg="orange.6" />
            <Text size="xs">{t("plan.legendToday")}</Text>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {fmt(last)}
        </Text>
      </Group>
      {milestones.map((m) => {
        const start = startOf(m);
        const actualEnd = m.completedOn ?? (m.overdue ? today : null);
        // Reached before its planned start: the actual bar runs from the day reached.
        const actualStart = actualEnd && actualEnd < start ? actualEnd : start;
        const late = m.daysLate > 0;
        return (
          <Group key={m.id} gap="sm" wrap="nowrap" data-testid="gantt-row">
            <Text size="sm" w={180} truncate title={m.title}>
              {m.title}
            </Text>
            <Box pos="relative" h={ROW} style={{ flex: 1, background: "var(--mantine-color-gray-0)", borderRadius: 4 }}>
              <Tooltip label={t("plan.plannedSpan", { from: fmt(start), to: fmt(m.plannedEndOn) })}>
                <Box
                  pos="absolute"
                  top={6}
                  h={10}
                  left={x(start)}
                  w={w(start, m.plannedEndOn)}
                  bg="blue.1"
                  style={{ border: "1px solid var(--mantine-color-blue-4)", borderRadius: 3 }}
                  aria-label={t("plan.plannedSpan", { from: fmt(start), to: fmt(m.plannedEndOn) })}
                />
              </Tooltip>
              {actualEnd && (
                <Tooltip label={m.completedOn ? t("plan.reachedOn", { date: fmt(m.completedOn) }) : t("plan.lateBy", { count: m.daysLate })}>
                  <Box
                    pos="absolute"
                    top={19}
                    h={10}
                    left={x(actualStart)}
                    w={w(actualStart, actualEnd)}
                    bg={late ? "red.6" : "green.6"}
                    style={{ borderRadius: 3, opacity: m.completedOn ? 1 : 0.55 }}
                    data-late={late ? "true" : "false"}
                    aria-label={m.completedOn ? t("plan.reachedOn", { date: fmt(m.completedOn) }) : t("plan.lateBy", { count: m.daysLate })}
                  />
                </Tooltip>
              )}
              <Box pos="absolute" top={0} bottom={0} left={x(today)} w={2} bg="orange.6" />
            </Box>
          </Group>
        );
      })}
    </Stack>
  );
}
