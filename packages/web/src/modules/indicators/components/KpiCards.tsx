// One card per capability (1 / 2a / 2b / N): its headline figures for the period and how many of
// the communities covered have its bodies set up.
import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CAPABILITIES, COVERAGE, formatFigure, KPI_FIGURES, type Indicators } from "../figures";

type Coverage = Record<(typeof COVERAGE)[keyof typeof COVERAGE][number], number> & { communityCount: number };

export function KpiCards({ totals, coverage, showCoverage }: { totals: Indicators; coverage: Coverage; showCoverage: boolean }) {
  const { t, i18n } = useTranslation("indicators");
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} mb="md" className="cockpit-kpis">
      {CAPABILITIES.map((cap) => (
        <Paper key={cap} withBorder p="md" data-testid={`kpi-${cap}`}>
          <Title order={5} mb="xs">
            {t(`cockpit.capabilities.${cap}`)}
          </Title>
          <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
            {KPI_FIGURES[cap].map((fig) => (
              <Stack key={fig.key} gap={0}>
                <Text size="xl" fw={700} lh={1.2}>
                  {formatFigure(fig.value(totals), fig.format, i18n.language)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`figures.${fig.key}` as "figures.ticketsSubmitted")}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
          {showCoverage && (
            <Group gap="xs" mt="sm" wrap="wrap">
              {COVERAGE[cap].map((k) => (
                <Text key={k} size="xs" c={coverage[k] < coverage.communityCount ? "orange.8" : "teal.8"}>
                  {t(`cockpit.coverage.${k}`)} {t("cockpit.coverageOf", { count: coverage[k], total: coverage.communityCount })}
                </Text>
              ))}
            </Group>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
