// 惠及人数 by group (老人, 儿童, 困境家庭, 其他); the lead or project:manage records them until the
// project is evaluated.
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { DonutChart } from "@mantine/charts";
import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { DataTable } from "../../../../ui/DataTable";
import { FormModal } from "../../../../ui/FormModal";
import { useSetBeneficiaries } from "../../commands";
import { colorOf, GROUPS, useEnumLabel } from "../../enums";
import { ProjectBeneficiariesFields } from "../../fragments";
import { ProjectBeneficiariesQuery } from "../../queries";
import { useProjectPermissions } from "./permissions";
import { TabState } from "./TabState";
import { asProject, useProjectTab, type TabProps } from "./useProjectTab";

type Group_ = (typeof GROUPS)[number];

export function BeneficiariesPanel({ projectId, viewerIsLead }: TabProps) {
  const { t } = useTranslation("projects");
  const label = useEnumLabel();
  const may = useProjectPermissions(viewerIsLead);
  const [editing, setEditing] = useState(false);
  const { data, fetching, error } = useProjectTab(ProjectBeneficiariesQuery, { id: projectId });
  const project: FragmentOf<typeof ProjectBeneficiariesFields> | null = asProject(data?.node);
  if (!project) return <TabState fetching={fetching} error={error} />;
  const p = readFragment(ProjectBeneficiariesFields, project);
  const editable = may.plan && p.status !== "EVALUATED" && p.status !== "CANCELLED";
  const donut = p.beneficiaries.filter((b) => b.count > 0).map((b) => ({ name: label("BeneficiaryGroup", b.group), value: b.count, color: `${colorOf("BeneficiaryGroup", b.group)}.6` }));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="md">
        <Title order={4}>{t("beneficiaries.title", { count: p.beneficiaryTotal })}</Title>
        {editable && (
          <Button size="xs" leftSection={<IconUsers size={14} />} onClick={() => setEditing(true)}>
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
      {editing && <SetBeneficiariesModal projectId={p.id} current={p.beneficiaries} onClose={() => setEditing(false)} />}
    </Paper>
  );
}

function SetBeneficiariesModal({ projectId, current, onClose }: { projectId: string; current: readonly { group: string; count: number; note?: string | null }[]; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const label = useEnumLabel();
  const [run, running] = useSetBeneficiaries();
  const initial = Object.fromEntries(GROUPS.flatMap((g) => {
    const b = current.find((x) => x.group === g);
    return [[`${g}_count`, b?.count ?? 0], [`${g}_note`, b?.note ?? ""]];
  })) as Record<string, number | string>;
  const form = useForm({
    initialValues: initial,
    validate: Object.fromEntries(GROUPS.map((g) => [`${g}_count`, (v: number | string) => (v === "" || Number(v) < 0 || !Number.isInteger(Number(v)) ? t("beneficiaries.countInvalid") : null)])),
  });
  const submit = form.onSubmit(async (v) => {
    const groups = GROUPS.map((g: Group_) => ({ group: g, count: Number(v[`${g}_count`]), note: orNull(String(v[`${g}_note`] ?? "")) }));
    if (await run({ input: { projectId, groups } }, { success: t("beneficiaries.saved") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("beneficiaries.record")} onSubmit={submit} submitting={running} size="md">
      {GROUPS.map((g) => (
        <SimpleGrid key={g} cols={2}>
          <NumberInput label={label("BeneficiaryGroup", g)} min={0} allowDecimal={false} {...form.getInputProps(`${g}_count`)} />
          <TextInput label={t("beneficiaries.noteOf", { group: label("BeneficiaryGroup", g) })} {...form.getInputProps(`${g}_note`)} />
        </SimpleGrid>
      ))}
    </FormModal>
  );
}
