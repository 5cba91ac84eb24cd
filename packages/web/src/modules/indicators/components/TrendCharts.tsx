// The last 12 months, one line chart per capability (regionTrends).
import "@mantine/charts/styles.css";
import { graphql, type ResultOf } from "@gongzhi/schema";
import { LineChart } from "@mantine/charts";
import { Paper, SimpleGrid, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

export const TrendsQuery = graphql(`
  query CockpitTrends($nodeId: ID!) {
    regionTrends(nodeId: $nodeId, months: 12) {
      nodeId
      months {
        month
        service {
          ticketsSubmitted
          ticketsClosed
          visits
        }
        deliberation {
          meetingsHeld
          topicsSubmitted
          resolutionsAdopted
        }
        volunteering {
          activities
          personTimes
          verifiedHours
        }
        projects {
          projectsApproved
          projectsCompleted
        }
      }
    }
  }
`);

type Month = ResultOf<typeof TrendsQuery>["regionTrends"]["months"][number];
const SERIES = {
  service: { keys: ["ticketsSubmitted", "ticketsClosed", "visits"], colors: ["blue.6", "teal.6", "orange.6"] },
  deliberation: { keys: ["meetingsHeld", "topicsSubmitted", "resolutionsAdopted"], colors: ["red.6", "grape.6", "teal.6"] },
  volunteering: { keys: ["activities", "personTimes", "verifiedHours"], colors: ["green.6", "blue.6", "yellow.7"] },
  projects: { keys: ["projectsApproved", "projectsCompleted"], colors: ["violet.6", "teal.6"] },
} as const;

export function TrendCharts({ months }: { months: Month[] }) {
  const { t } = useTranslation("indicators");
  return (
    <>
      <Title order={4} mb="sm">
        {t("cockpit.trends")}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="md" className="cockpit-trends">
        {(Object.keys(SERIES) as (keyof typeof SERIES)[]).map((cap) => {
          const { keys, colors } = SERIES[cap];
          const names = keys.map((k) => t(`figures.${k}` as "figures.visits"));
          const data = months.map((m) => ({
            month: m.month.slice(2).replace("-", "/"),
            ...Object.fromEntries(keys.map((k, i) => [names[i], (m[cap] as Record<string, number>)[k] ?? 0])),
          }));
          return (
            <Paper key={cap} withBorder p="md" data-testid={`trend-${cap}`}>
              <Title order={5} mb="sm">
                {t(`cockpit.capabilities.${cap}`)}
              </Title>
              <LineChart h={200} data={data} dataKey="month" series={names.map((name, i) => ({ name, color: colors[i]! }))} withLegend curveType="monotone" yAxisProps={{ allowDecimals: false, width: 40 }} />
            </Paper>
          );
        })}
      </SimpleGrid>
    </>
  );
}
