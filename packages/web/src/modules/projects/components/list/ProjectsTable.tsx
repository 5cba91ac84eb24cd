// Projects in a table: status, next milestone, overdue flags, progress and budget burn.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor, Badge, Group, Progress, Stack, Text, Tooltip } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../../lib/format";
import { DataTable, type Column, type Paging } from "../../../../ui/DataTable";
import { colorOf } from "../../enums";
import { formatFen, formatRate } from "../../money";
import { projectPath } from "../../paths";
import { StatusBadge } from "../StatusBadge";

export const ProjectRowFields = graphql(`
  fragment ProjectRowFields on Project {
    id
    title
    status
    origin
    percentComplete
    hasOverdue
    overdueMilestoneCount
    leadName
    beneficiaryTotal
    type {
      id
      name
    }
    community {
      id
      name
    }
    nextMilestone {
      id
      title
      plannedEndOn
      overdue
    }
    budget {
      budgetFen
      spentFen
      burnRate
      warning
    }
  }
`);

type Row = FragmentOf<typeof ProjectRowFields>;

interface ProjectsTableProps {
  rows: readonly Row[] | undefined;
  fetching?: boolean;
  error?: { message: string } | null;
  paging?: Paging;
  /** Show the community column (my projects span communities). */
  withCommunity?: boolean;
  "data-testid"?: string;
}

export function ProjectsTable({ rows, withCommunity, ...props }: ProjectsTableProps) {
  const { t, i18n } = useTranslation("projects");
  const columns: Column<Row>[] = [
    {
      key: "title",
      header: t("list.title"),
      render: (row) => {
        const p = readFragment(ProjectRowFields, row);
        return (
          <Stack gap={2}>
            <Anchor component={Link} to={projectPath(p.id)} fw={500}>
              {p.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {[p.type.name, withCommunity ? p.community.name : null, p.leadName ? t("list.lead", { name: p.leadName }) : null].filter(Boolean).join(" · ")}
            </Text>
          </Stack>
        );
      },
    },
    { key: "status", header: t("list.status"), render: (row) => <StatusBadge kind="ProjectStatus" value={readFragment(ProjectRowFields, row).status} /> },
    {
      key: "next",
      header: t("list.nextMilestone"),
      render: (row) => {
        const p = readFragment(ProjectRowFields, row);
        if (!p.nextMilestone) return <Text size="sm" c="dimmed">{t("none")}</Text>;
        return (
          <Stack gap={2}>
            <Text size="sm">{p.nextMilestone.title}</Text>
            <Text size="xs" c={p.nextMilestone.overdue ? "red" : "dimmed"}>
              {t("list.due", { date: formatDate(p.nextMilestone.plannedEndOn, i18n.language) })}
            </Text>
          </Stack>
        );
      },
    },
    {
      key: "overdue",
      header: t("list.overdue"),
      render: (row) => {
        const p = readFragment(ProjectRowFields, row);
        return p.hasOverdue ? (
          <Badge color="red" variant="light" leftSection={<IconAlertTriangle size={12} />} data-overdue="true">
            {p.overdueMilestoneCount > 0 ? t("list.overdueMilestones", { count: p.overdueMilestoneCount }) : t("list.overdueTasks")}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t("none")}
          </Text>
        );
      },
    },
    {
      key: "progress",
      header: t("list.progress"),
      width: 120,
      render: (row) => {
        const p = readFragment(ProjectRowFields, row);
        return (
          <Group gap={6} wrap="nowrap">
            <Progress value={p.percentComplete} w={60} aria-label={t("list.progress")} />
            <Text size="xs">{p.percentComplete}%</Text>
          </Group>
        );
      },
    },
    {
      key: "burn",
      header: t("list.burn"),
      width: 190,
      render: (row) => {
        const { budget } = readFragment(ProjectRowFields, row);
        return (
          <Tooltip label={t("list.burnDetail", { spent: formatFen(budget.spentFen), budget: formatFen(budget.budgetFen) })}>
            <Stack gap={2}>
              <Group gap={6} wrap="nowrap">
                <Progress value={Math.min(100, (budget.burnRate ?? 0) * 100)} color={colorOf("BudgetWarning", budget.warning)} w={80} aria-label={t("list.burn")} />
                <Text size="xs" c={budget.warning === "OVERSPENT" ? "red" : undefined}>
                  {formatRate(budget.burnRate)}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {formatFen(budget.spentFen)} / {formatFen(budget.budgetFen)}
              </Text>
            </Stack>
          </Tooltip>
        );
      },
    },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(r) => readFragment(ProjectRowFields, r).id} aria-label={t("list.aria")} {...props} />;
}
