// 经费: budget against spending overall and per line (a chart and a table, with the overspend
// warning), and the expenses by day with their receipts; 冲销 corrects an expense (also after
// completion, when expenses are no longer edited).
import { graphql } from "@gongzhi/schema";
import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import { Alert, Anchor, Badge, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconPlus, IconReceipt } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../../lib/format";
import { DataTable } from "../../../../ui/DataTable";
import { useCursorPaging } from "../../../../ui/useCursorPaging";
import { colorOf, useEnumLabel } from "../../enums";
import { formatFen, formatRate } from "../../money";
import { Fact } from "../Fact";
import { StatusBadge } from "../StatusBadge";
import { AddBudgetLineModal, RecordExpenseModal, ReverseExpenseModal } from "./MoneyModals";
import { TabState } from "./TabState";
import { asProject, useProjectTab, type TabProps } from "./useProjectTab";

const ProjectMoneyQuery = graphql(`
  query ProjectMoney($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        allowedWork
        budget {
          budgetFen
          spentFen
          remainingFen
          burnRate
          warning
          overspent
          receivedSponsorshipFen
        }
        budgetLines {
          id
          name
          source
          amountFen
          spentFen
          remainingFen
          burnRate
          warning
          note
        }
        expenses(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              amountFen
              description
              payee
              spentOn
              isReversal
              recordedByName
              budgetLine {
                id
                name
              }
              receipt {
                id
                url
                originalName
              }
              reversedBy {
                id
              }
              allowedSteps
            }
          }
        }
      }
    }
  }
`);

export function BudgetPanel({ projectId }: TabProps) {
  const { t, i18n } = useTranslation("projects");
  const label = useEnumLabel();
  const [modal, setModal] = useState<"line" | "expense" | null>(null);
  const [reversing, setReversing] = useState<{ id: string; description: string; amountFen: number } | null>(null);
  const pager = useCursorPaging(projectId, 50);
  const { data, fetching, error } = useProjectTab(ProjectMoneyQuery, { id: projectId, ...pager.variables });
  const p = asProject(data?.node);
  if (!p) return <TabState fetching={fetching} error={error} />;
  const expenses = p.expenses.edges.map((e) => e.node);
  const budgeted = t("budget.budgeted");
  const spent = t("budget.spent");
  const chart = p.budgetLines.map((l) => ({ name: l.name, [budgeted]: l.amountFen / 100, [spent]: l.spentFen / 100 }));
  const mayRecord = p.allowedWork.includes("RECORD_EXPENSE") && p.budgetLines.length > 0;
  return (
    <Stack>
      {p.budget.overspent && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t("budget.overspentTitle")} data-testid="overspent-alert">
          {p.budget.spentFen > p.budget.budgetFen && (
            <Text size="sm">{t("budget.overspentText", { spent: formatFen(p.budget.spentFen), budget: formatFen(p.budget.budgetFen) })}</Text>
          )}
          {p.budgetLines
            .filter((l) => l.warning === "OVERSPENT")
            .map((l) => (
              <Text key={l.id} size="sm">
                {t("budget.lineOverspent", { name: l.name, over: formatFen(-l.remainingFen) })}
              </Text>
            ))}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Group justify="space-between" mb="md">
          <Title order={4}>{t("budget.title")}</Title>
          <Group gap="xs">
            {p.allowedWork.includes("BUDGET") && (
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setModal("line")}>
                {t("budget.addLine")}
              </Button>
            )}
            {mayRecord && (
              <Button size="xs" leftSection={<IconReceipt size={14} />} onClick={() => setModal("expense")}>
                {t("budget.recordExpense")}
              </Button>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 5 }} mb="md">
          <Fact label={t("budget.total")}>{formatFen(p.budget.budgetFen)}</Fact>
          <Fact label={t("budget.spentTotal")}>
            <Text size="sm" c={p.budget.overspent ? "red" : undefined} fw={500} data-testid="budget-spent">
              {formatFen(p.budget.spentFen)}
            </Text>
          </Fact>
          <Fact label={t("budget.remaining")}>{formatFen(p.budget.remainingFen)}</Fact>
          <Fact label={t("overview.burn")}>
            <Group gap={6}>
              <Text size="sm">{formatRate(p.budget.burnRate)}</Text>
              <StatusBadge kind="BudgetWarning" value={p.budget.warning} size="sm" />
            </Group>
          </Fact>
          <Fact label={t("overview.received")}>{formatFen(p.budget.receivedSponsorshipFen)}</Fact>
        </SimpleGrid>
        {chart.length > 0 && (
          <BarChart
            h={Math.max(180, chart.length * 56)}
            data={chart}
            dataKey="name"
            orientation="vertical"
            yAxisProps={{ width: 120 }}
            valueFormatter={(v) => `¥${v.toLocaleString("zh-CN")}`}
            series={[
              { name: budgeted, color: "blue.4" },
              { name: spent, color: p.budget.overspent ? "red.6" : "teal.6" },
            ]}
            withLegend
            aria-label={t("budget.chart")}
          />
        )}
        <DataTable
          aria-label={t("budget.lines")}
          data-testid="budget-lines"
          rows={p.budgetLines}
          rowKey={(l) => l.id}
          columns={[
            { key: "name", header: t("budget.lineName"), render: (l) => l.name },
            { key: "source", header: t("budget.source"), render: (l) => <Badge color={colorOf("FundingSource", l.source)} variant="light">{label("FundingSource", l.source)}</Badge> },
            { key: "amount", header: t("budget.budgeted"), render: (l) => formatFen(l.amountFen) },
            { key: "spent", header: t("budget.spent"), render: (l) => formatFen(l.spentFen) },
            {
              key: "burn",
              header: t("overview.burn"),
              render: (l) => (
                <Group gap={6} wrap="nowrap">
                  <Progress value={Math.min(100, (l.burnRate ?? 0) * 100)} color={colorOf("BudgetWarning", l.warning)} w={70} aria-label={t("overview.burn")} />
                  <Text size="xs">{formatRate(l.burnRate)}</Text>
                </Group>
              ),
            },
            { key: "warning", header: t("list.status"), render: (l) => <StatusBadge kind="BudgetWarning" value={l.warning} /> },
          ]}
        />
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="md">
          {t("budget.expenses", { count: p.expenses.totalCount })}
        </Title>
        <DataTable
          aria-label={t("budget.expensesLabel")}
          data-testid="expenses-table"
          rows={expenses}
          rowKey={(e) => e.id}
          paging={{ pager, pageInfo: p.expenses.pageInfo, totalCount: p.expenses.totalCount }}
          columns={[
            { key: "day", header: t("budget.spentOn"), render: (e) => formatDate(e.spentOn, i18n.language) },
            {
              key: "description",
              header: t("budget.description"),
              render: (e) => (
                <Stack gap={2}>
                  <Text size="sm">{e.description}</Text>
                  <Group gap={4}>
                    {e.isReversal && (
                      <Badge size="xs" color="orange" variant="light">
                        {t("budget.reversal")}
                      </Badge>
                    )}
                    {e.reversedBy && (
                      <Badge size="xs" color="gray" variant="light">
                        {t("budget.reversedBadge")}
                      </Badge>
                    )}
                  </Group>
                </Stack>
              ),
            },
            { key: "line", header: t("budget.line"), render: (e) => e.budgetLine.name },
            { key: "payee", header: t("budget.payee"), render: (e) => e.payee },
            {
              key: "amount",
              header: t("budget.amount"),
              render: (e) => (
                <Text size="sm" c={e.amountFen < 0 ? "orange" : undefined}>
                  {formatFen(e.amountFen)}
                </Text>
              ),
            },
            {
              key: "receipt",
              header: t("budget.receipt"),
              render: (e) =>
                e.receipt ? (
                  <Anchor href={e.receipt.url} target="_blank" rel="noreferrer" size="sm">
                    {e.receipt.originalName ?? t("budget.viewReceipt")}
                  </Anchor>
                ) : (
                  t("none")
                ),
            },
            { key: "by", header: t("budget.recordedBy"), render: (e) => e.recordedByName },
            {
              key: "actions",
              header: t("actions"),
              render: (e) =>
                e.allowedSteps.includes("REVERSE") ? (
                  <Button size="compact-xs" variant="light" color="orange" onClick={() => setReversing({ id: e.id, description: e.description, amountFen: e.amountFen })}>
                    {t("budget.reverse")}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Paper>
      {modal === "line" && <AddBudgetLineModal projectId={p.id} onClose={() => setModal(null)} />}
      {modal === "expense" && <RecordExpenseModal projectId={p.id} lines={p.budgetLines} onClose={() => setModal(null)} />}
      {reversing && <ReverseExpenseModal expense={reversing} onClose={() => setReversing(null)} />}
    </Stack>
  );
}
