// The month in figures: tickets submitted and closed, on-time rate, average rating, late, visits.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export const ReportStatsFields = graphql(`
  fragment ReportStatsFields on ServiceReport {
    submitted
    closed
    closedOnTime
    onTimeRate
    averageRating
    ratingCount
    late
    visits
    communityCount
  }
`);

function Stat({ label, value, hint, testId, color }: { label: ReactNode; value: ReactNode; hint?: ReactNode; testId: string; color?: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} c={color} data-testid={`${testId}-value`}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

export function ReportStats({ report }: { report: FragmentOf<typeof ReportStatsFields> }) {
  const { t } = useTranslation("serviceComplex");
  const r = readFragment(ReportStatsFields, report);
  const none = t("none");
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mb="md">
      <Stat testId="stat-submitted" label={t("report.submitted")} value={r.submitted} hint={r.communityCount > 1 ? t("report.communities", { count: r.communityCount }) : undefined} />
      <Stat testId="stat-closed" label={t("report.closed")} value={r.closed} hint={t("report.closedOnTime", { count: r.closedOnTime })} />
      <Stat
        testId="stat-on-time"
        label={t("report.onTimeRate")}
        value={r.onTimeRate == null ? none : `${(r.onTimeRate * 100).toFixed(1)}%`}
        color={r.onTimeRate != null && r.onTimeRate < 0.9 ? "orange.7" : "green.7"}
      />
      <Stat
        testId="stat-rating"
        label={t("report.averageRating")}
        value={r.averageRating == null ? none : r.averageRating.toFixed(2)}
        hint={t("report.ratingCount", { count: r.ratingCount })}
      />
      <Stat testId="stat-late" label={t("report.late")} value={r.late} color={r.late > 0 ? "red.7" : undefined} />
      <Stat testId="stat-visits" label={t("report.visits")} value={r.visits} />
    </SimpleGrid>
  );
}
