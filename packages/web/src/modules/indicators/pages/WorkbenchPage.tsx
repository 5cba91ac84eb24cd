// 工作台: a community's work for today — each count links to the list it counts, with that list's
// filter applied (the API's listQuery/listArguments; see LINKS) — and the community's indicators
// for the month. A count the viewer may not read (null) is not shown.
import { graphql, readFragment, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Card, Center, Group, Loader, SimpleGrid, Text, Title } from "@mantine/core";
import { IconChevronRight, IconGauge } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { KpiCards } from "../components/KpiCards";
import { usePeriodLabel } from "../components/PeriodPicker";
import { IndicatorFields } from "../figures";
import { cockpitPath } from "../paths";

export const WorkbenchQuery = graphql(
  `
    query CommunityWorkbench($communityId: ID!) {
      communityWorkbench(communityId: $communityId) {
        communityId
        communityName
        today
        items {
          kind
          count
          listArguments
        }
        indicators {
          nodeId
          period
          coverage {
            communityCount
            serviceComplex
            deliberationCommittee
            fullySeatedCommittee
            monthlyMeetings
            volunteerCommittee
            pointsInUse
            withProjects
          }
          totals {
            ...IndicatorFields
          }
        }
      }
    }
  `,
  [IndicatorFields],
);

type Kind = ResultOf<typeof WorkbenchQuery>["communityWorkbench"]["items"][number]["kind"];

/** The list arguments an item names (a JSON object: DateTime values as ISO strings). */
type ListArguments = { from?: string; to?: string; endsBefore?: string };
const q = (params: Record<string, string | undefined>) => {
  const defined = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
  return defined.length ? `?${new URLSearchParams(defined).toString()}` : "";
};

/** The screen listing each kind's rows, with the filter its count uses (the item's listArguments where they are instants). */
export const LINKS: Record<Kind, (args: ListArguments) => string> = {
  TICKETS_OVERDUE: () => "/service-complex/queue?due=overdue",
  TICKETS_DUE_SOON: () => "/service-complex/queue?due=dueSoon",
  TOPICS_TO_REVIEW: () => "/deliberation/topics?ready=1",
  MEETINGS_THIS_WEEK: (a) => `/deliberation/meetings${q({ view: "week", from: a.from, to: a.to })}`,
  RESOLUTIONS_PAST_DUE: () => "/deliberation/resolutions?filter=overdue",
  NOTICES_ENDING_SOON: (a) => `/deliberation/notices${q({ status: "PUBLISHED", endsBefore: a.endsBefore })}`,
  NOTICES_WITH_OPEN_OBJECTIONS: () => "/deliberation/notices?objections=pending",
  HOURS_TO_VERIFY: () => "/volunteering/activities?hours=pending",
  CLAIMS_TO_REVIEW: () => "/volunteering/claims",
  REDEMPTIONS_TO_HAND_OVER: () => "/volunteering/store",
  PROJECTS_OVERDUE: () => "/projects/list?overdue=1",
  NEEDS_UNCLAIMED: () => "/projects/needs",
};

function listArguments(json: string): ListArguments {
  try {
    return JSON.parse(json) as ListArguments;
  } catch {
    return {};
  }
}

/** Kinds whose count means something is late (shown red when above zero). */
const LATE: Kind[] = ["TICKETS_OVERDUE", "RESOLUTIONS_PAST_DUE", "PROJECTS_OVERDUE"];

export function WorkbenchPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("indicators");
  const periodLabel = usePeriodLabel();
  const [{ data, fetching, error }] = useQuery({ query: WorkbenchQuery, variables: { communityId }, requestPolicy: "cache-and-network" });
  const w = data?.communityWorkbench;
  const items = (w?.items ?? []).filter((i): i is typeof i & { count: number } => i.count !== null);
  const waiting = items.filter((i) => i.count > 0).length;
  const month = w?.indicators;

  return (
    <>
      <PageHeader title={t("workbench.title")} description={w ? t("workbench.subtitle", { name: w.communityName, today: w.today }) : undefined} />
      <QueryError error={error} />
      {!w && fetching && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {w && (
        <>
          <Group justify="space-between" mb="sm">
            <Title order={4}>{t("workbench.today")}</Title>
            {items.length > 0 && waiting === 0 && (
              <Badge color="teal" variant="light">
                {t("workbench.allClear")}
              </Badge>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} mb="xl" data-testid="workbench-items">
            {items.map((i) => {
              const kind = i.kind;
              const late = LATE.includes(kind) && i.count > 0;
              return (
                <Card
                  key={kind}
                  withBorder
                  padding="sm"
                  component={Link}
                  to={LINKS[kind](listArguments(i.listArguments))}
                  aria-label={`${t(`workbench.items.${kind}`)} ${i.count}`}
                  data-testid={`item-${kind}`}
                  style={{ opacity: i.count === 0 ? 0.65 : 1 }}
                >
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <div style={{ minWidth: 0 }}>
                      <Text fw={600} size="sm">
                        {t(`workbench.items.${kind}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`workbench.hints.${kind}`)}
                      </Text>
                    </div>
                    <Group gap={4} wrap="nowrap">
                      <Text size="xl" fw={700} c={late ? "red.7" : i.count > 0 ? "blue.7" : "dimmed"}>
                        {i.count}
                      </Text>
                      <IconChevronRight size={16} color="var(--mantine-color-dimmed)" />
                    </Group>
                  </Group>
                </Card>
              );
            })}
          </SimpleGrid>
          {month && (
            <>
              <Group justify="space-between" mb="sm">
                <Title order={4}>{t("workbench.month", { period: periodLabel(month.period) })}</Title>
                <Button component={Link} to={cockpitPath(month.nodeId, month.period)} size="xs" variant="light" leftSection={<IconGauge size={16} />}>
                  {t("workbench.toCockpit")}
                </Button>
              </Group>
              <KpiCards totals={readFragment(IndicatorFields, month.totals)} coverage={month.coverage} showCoverage={false} />
            </>
          )}
        </>
      )}
    </>
  );
}
