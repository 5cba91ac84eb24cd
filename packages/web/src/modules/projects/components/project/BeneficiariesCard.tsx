// 惠及人数 by group (老人, 儿童, 困境家庭, 其他): the table and the chart, and 登记 for those who may.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { DonutChart } from "@mantine/charts";
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../../../ui/DataTable";
import { colorOf, useEnumLabel } from "../../enums";

export const ProjectBeneficiariesFields = graphql(`
  fragment ProjectBeneficiariesFields on Project {
    id
    allowedWork
    beneficiaryTotal
    beneficiaries {
      group
      count
      note
    }
  }
`);

export type Beneficiaries = readonly { group: string; count: number; note?: string | null }[];

interface BeneficiariesCardProps {
  project: FragmentOf<typeof ProjectBeneficiariesFields>;
  onRecord: (projectId: string, current: Beneficiaries) => void;
}

export function BeneficiariesCard({ project, onRecord }: BeneficiariesCardProps) {
  const { t } = useTranslation("projects");
  const label = useEnumLabel();
  const p = readFragment(ProjectBeneficiariesFields, project);
  const editable = p.allowedWork.includes("SET_BENEFICIARIES");
  const donut = p.beneficiaries.filter((b) => b.count > 0).map((b) => ({ name: label("BeneficiaryGroup", b.group), value: b.count, color: `${colorOf("BeneficiaryGroup", b.group)}.6` }));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="md">
        <Title order={4}>{t("beneficiaries.title", { count: p.beneficiaryTotal })}</Title>
        {editable && (
          <Button size="xs" leftSection={<IconUsers size={14} />} onClick={() => onRecord(p.id, p.beneficiaries)}>
            {t("beneficiaries.record")}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <DataTable
          aria-label={t("beneficiaries.tableLabel")}
          data-testid="beneficiaries-table"
          rows={p.beneficiaries}
          rowKey={(b) => b.group}
          columns={[
            { key: "group", header: t("beneficiaries.group"), render: (b) => label("BeneficiaryGroup", b.group) },
            { key: "count", header: t("beneficiaries.count"), render: (b) => t("beneficiaries.people", { count: b.count }) },
            { key: "note", header: t("budget.note"), render: (b) => b.note ?? t("none") },
          ]}
        />
        {donut.length > 0 ? (
          <DonutChart h={220} data={donut} withLabels withLabelsLine withTooltip labelsType="value" withLegend chartLabel={t("beneficiaries.people", { count: p.beneficiaryTotal })} />
        ) : (
          <Stack justify="center">
            <Text c="dimmed" size="sm" ta="center">
              {t("beneficiaries.none")}
            </Text>
          </Stack>
        )}
      </SimpleGrid>
          </Paper>
  );
}
