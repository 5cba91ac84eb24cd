// The community's points rules by category (volunteering, village rules, party posts, other) and
// article code: + or − points, the kind, and the cap per period. The page opens the edit form.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DataTable, type Column } from "../../../../ui/DataTable";
import { useEnumLabel } from "../../enums";
import { Points } from "../Points";

export const RuleRowFields = graphql(`
  fragment RuleRowFields on PointsRule {
    id
    name
    code
    article
    category
    kind
    points
    capPoints
    capPeriod
    description
    active
    allowedSteps
  }
`);

type RuleRow = ResultOf<typeof RuleRowFields>;

const CATEGORY_ORDER = ["VOLUNTEER", "VILLAGE_RULE", "PARTY_POST", "OTHER"];

interface RulesTableProps {
  rules: readonly FragmentOf<typeof RuleRowFields>[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  /** Absent without points:configure (no actions column); the button shows on rows whose allowedSteps hold EDIT. */
  onEdit?: (rule: RuleRow) => void;
}

export function RulesTable({ rules, fetching, error, onEdit }: RulesTableProps) {
  const { t } = useTranslation("points");
  const label = useEnumLabel();
  const columns: Column<RuleRow>[] = [
    { key: "code", header: t("rules.code"), width: 96, render: (r) => <Text ff="monospace">{r.code ?? t("none")}</Text> },
    {
      key: "name",
      header: t("rules.name"),
      render: (r) => (
        <Stack gap={2}>
          <Group gap={4}>
            <Text fw={500}>{r.name}</Text>
            {!r.active && (
              <Badge size="xs" color="gray" variant="filled">
                {t("rules.inactive")}
              </Badge>
            )}
          </Group>
          {r.description && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {r.description}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: "category", header: t("rules.category"), render: (r) => label("PointsRuleCategory", r.category) },
    { key: "article", header: t("rules.article"), render: (r) => r.article ?? <Text c="dimmed">{t("none")}</Text> },
    { key: "kind", header: t("rules.kind"), render: (r) => label("PointsRuleKind", r.kind) },
    { key: "points", header: t("rules.points"), render: (r) => <Points value={r.points} /> },
    {
      key: "cap",
      header: t("rules.cap"),
      render: (r) => (r.capPoints != null && r.capPeriod ? t("rules.capValue", { points: r.capPoints, period: label("PointsPeriodKind", r.capPeriod) }) : <Text c="dimmed">{t("rules.noCap")}</Text>),
    },
  ];
  if (onEdit)
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (r) =>
        r.allowedSteps.includes("EDIT") && (
          <Button size="xs" variant="subtle" onClick={() => onEdit(r)}>
            {t("edit")}
          </Button>
        ),
    });
  const rows = rules?.map((r) => readFragment(RuleRowFields, r));
  const sorted = rows
    ? [...rows].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || (a.code ?? "").localeCompare(b.code ?? "", undefined, { numeric: true }))
    : undefined;
  return <DataTable data-testid="rules-table" aria-label={t("rules.title")} columns={columns} rows={sorted} rowKey={(r) => r.id} fetching={fetching} error={error} />;
}
