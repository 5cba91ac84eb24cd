// 评价: the residents' satisfaction survey (answers through apps, or recorded from paper forms) and
// the committee's score and comments (评议, from the lifecycle's 评议 step).
import "@mantine/charts/styles.css";
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { BarChart } from "@mantine/charts";
import { Alert, Badge, Group, Paper, Rating, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { DataTable } from "../../../../ui/DataTable";
import { Fact } from "../Fact";
import { TabState } from "./TabState";
import { asProject, useProjectTab, type TabProps } from "./useProjectTab";

export const ProjectEvaluationFields = graphql(`
  fragment ProjectEvaluationFields on Project {
    id
    surveyOpen
    completionSummary
    committeeScore
    committeeComment
    evaluatedAt
    evaluatedByName
    satisfaction {
      averageScore
      responseCount
      distribution {
        score
        count
      }
    }
    surveyResponses {
      id
      score
      comment
      residentName
      throughApp
      byResident
      createdAt
    }
  }
`);

const ProjectEvaluationQuery = graphql(
  `
    query ProjectEvaluation($id: ID!) {
      node(id: $id) {
        __typename
        ... on Project {
          id
          ...ProjectEvaluationFields
        }
      }
    }
  `,
  [ProjectEvaluationFields],
);

export function EvaluationPanel({ projectId }: TabProps) {
  const { t, i18n } = useTranslation("projects");
  const { data, fetching, error } = useProjectTab(ProjectEvaluationQuery, { id: projectId });
  const project: FragmentOf<typeof ProjectEvaluationFields> | null = asProject(data?.node);
  if (!project) return <TabState fetching={fetching} error={error} />;
  const p = readFragment(ProjectEvaluationFields, project);
  const count = t("evaluation.answers");
  const distribution = [1, 2, 3, 4, 5].map((score) => ({ name: t("evaluation.score", { score }), [count]: p.satisfaction.distribution.find((d) => d.score === score)?.count ?? 0 }));
  return (
    <Stack>
      {p.surveyOpen && <Alert color="blue">{t("evaluation.surveyOpen")}</Alert>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" data-testid="satisfaction">
          <Title order={4} mb="sm">
            {t("evaluation.satisfaction")}
          </Title>
          <Group mb="sm" gap="lg">
            <Fact label={t("evaluation.average")}>
              <Group gap={6}>
                <Rating value={p.satisfaction.averageScore ?? 0} fractions={4} readOnly aria-label={t("evaluation.average")} />
                <Text fw={500} data-testid="satisfaction-average">
                  {p.satisfaction.averageScore?.toFixed(2) ?? t("none")}
                </Text>
              </Group>
            </Fact>
            <Fact label={t("evaluation.responseCount")}>
              <Text fw={500} data-testid="satisfaction-count">
                {p.satisfaction.responseCount}
              </Text>
            </Fact>
          </Group>
          {p.satisfaction.responseCount > 0 && <BarChart h={180} data={distribution} dataKey="name" series={[{ name: count, color: "teal.6" }]} withBarValueLabel yAxisProps={{ allowDecimals: false }} />}
        </Paper>
        <Paper withBorder p="md" data-testid="committee-evaluation">
          <Title order={4} mb="sm">
            {t("evaluation.committee")}
          </Title>
          {p.committeeScore == null ? (
            <Text size="sm" c="dimmed">
              {p.surveyOpen ? t("evaluation.awaiting") : t("evaluation.notYet")}
            </Text>
          ) : (
            <Stack gap="xs">
              <Group gap="xs">
                <Text size="xl" fw={700} data-testid="committee-score">
                  {p.committeeScore}
                </Text>
                <Text size="sm" c="dimmed">
                  {t("evaluation.outOf")}
                </Text>
              </Group>
              <Text size="sm">{p.committeeComment}</Text>
              <Text size="xs" c="dimmed">
                {[p.evaluatedByName, formatDateTime(p.evaluatedAt, i18n.language)].filter(Boolean).join(" · ")}
              </Text>
            </Stack>
          )}
          {p.completionSummary && (
            <Text size="sm" mt="md" c="dimmed">
              {t("evaluation.summary", { summary: p.completionSummary })}
            </Text>
          )}
        </Paper>
      </SimpleGrid>
      {p.surveyResponses.length > 0 && (
        <Paper withBorder p="md">
          <Title order={5} mb="sm">
            {t("evaluation.responses")}
          </Title>
          <DataTable
            aria-label={t("evaluation.responses")}
            rows={p.surveyResponses}
            rowKey={(r) => r.id}
            columns={[
              { key: "name", header: t("evaluation.resident"), render: (r) => r.residentName },
              { key: "score", header: t("evaluation.scoreHeader"), render: (r) => <Rating value={r.score} readOnly size="sm" aria-label={t("evaluation.score", { score: r.score })} /> },
              { key: "comment", header: t("evaluation.comment"), render: (r) => r.comment ?? t("none") },
              {
                key: "via",
                header: t("evaluation.via"),
                render: (r) => (
                  <Badge variant="light" color={r.byResident ? "blue" : "gray"}>
                    {r.throughApp ? t("evaluation.app") : r.byResident ? t("evaluation.online") : t("evaluation.paper")}
                  </Badge>
                ),
              },
              { key: "at", header: t("evaluation.at"), render: (r) => formatDateTime(r.createdAt, i18n.language) },
            ]}
          />
        </Paper>
      )}
    </Stack>
  );
}
