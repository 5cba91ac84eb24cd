// 资助 (管家计划): pledges of alliance units and social organizations for the project and its
// needs — money or in kind — and their arrival (到位); 登记认捐, 登记到位 and 撤回 for holders of
// sponsorship:record.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Group, NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, orNull } from "../../../../lib/format";
import { DataTable } from "../../../../ui/DataTable";
import { FormModal } from "../../../../ui/FormModal";
import { usePledge, useRecordReceived, useWithdraw } from "./sponsorCommands";
import { chinaDay, isDay } from "../../../../lib/dates";
import { useEnumLabel } from "../../enums";
import { useAllianceUnitOptions, useOrganizationOptions } from "../../hooks/useOptions";
import { formatFen, yuanAmountOk, yuanToFen } from "../../money";
import { StatusBadge } from "../StatusBadge";
import { TabState } from "./TabState";
import { asProject, useProjectTab, type TabProps } from "./useProjectTab";

export const ProjectSponsorsFields = graphql(`
  fragment ProjectSponsorsFields on Project {
    id
    allowedWork
    sponsorships {
      id
      kind
      sponsorName
      sponsorType
      pledgedFen
      pledgedOn
      inKind
      receivedFen
      receivedOn
      status
      note
      withdrawReason
      allowedSteps
      need {
        id
        title
      }
    }
    needs {
      id
      title
      status
    }
  }
`);

const ProjectSponsorsQuery = graphql(
  `
    query ProjectSponsors($id: ID!) {
      node(id: $id) {
        __typename
        ... on Project {
          id
          ...ProjectSponsorsFields
        }
      }
    }
  `,
  [ProjectSponsorsFields],
);

type Sponsorship = ResultOf<typeof ProjectSponsorsFields>["sponsorships"][number];

/** A need's badge colour by its status (display only). */
const NEED_COLOR: Record<string, string> = { FULFILLED: "green", CLAIMED: "blue" };

export function SponsorsPanel({ projectId, communityId }: TabProps) {
  const { t, i18n } = useTranslation("projects");
  const label = useEnumLabel();
  const [pledging, setPledging] = useState(false);
  const [receiving, setReceiving] = useState<Sponsorship | null>(null);
  const [withdrawing, setWithdrawing] = useState<Sponsorship | null>(null);
  const { data, fetching, error } = useProjectTab(ProjectSponsorsQuery, { id: projectId });
  const project: FragmentOf<typeof ProjectSponsorsFields> | null = asProject(data?.node);
  if (!project) return <TabState fetching={fetching} error={error} />;
  const p = readFragment(ProjectSponsorsFields, project);
  const day = (d: string | null | undefined) => formatDate(d, i18n.language) ?? t("none");
  return (
    <Stack>
      {p.needs.length > 0 && (
        <Paper withBorder p="md">
          <Title order={5} mb="xs">
            {t("sponsors.needs")}
          </Title>
          <Group gap="xs">
            {p.needs.map((n) => (
              <Badge key={n.id} variant="light" color={NEED_COLOR[n.status] ?? "gray"}>
                {n.title} · {t(`sponsors.needStatus.${n.status}`)}
              </Badge>
            ))}
          </Group>
        </Paper>
      )}
      <Paper withBorder p="md">
        <Group justify="space-between" mb="md">
          <Title order={4}>{t("sponsors.title")}</Title>
          {p.allowedWork.includes("PLEDGE") && (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setPledging(true)}>
              {t("sponsors.pledge")}
            </Button>
          )}
        </Group>
        <DataTable
          aria-label={t("sponsors.title")}
          data-testid="sponsors-table"
          rows={p.sponsorships}
          rowKey={(s) => s.id}
          columns={[
            {
              key: "sponsor",
              header: t("sponsors.sponsor"),
              render: (s) => (
                <Stack gap={2}>
                  <Text size="sm">{s.sponsorName}</Text>
                  <Text size="xs" c="dimmed">
                    {[label("SponsorType", s.sponsorType), s.need?.title].filter(Boolean).join(" · ")}
                  </Text>
                </Stack>
              ),
            },
            { key: "what", header: t("sponsors.what"), render: (s) => (s.kind === "MONEY" ? formatFen(s.pledgedFen) : s.inKind) },
            { key: "pledgedOn", header: t("sponsors.pledgedOn"), render: (s) => day(s.pledgedOn) },
            {
              key: "received",
              header: t("sponsors.received"),
              render: (s) => (s.receivedOn ? `${s.kind === "MONEY" ? formatFen(s.receivedFen) : t("sponsors.inKindReceived")} · ${day(s.receivedOn)}` : t("none")),
            },
            {
              key: "status",
              header: t("list.status"),
              render: (s) => (
                <Stack gap={2}>
                  <StatusBadge kind="SponsorshipStatus" value={s.status} />
                  {s.withdrawReason && (
                    <Text size="xs" c="dimmed">
                      {s.withdrawReason}
                    </Text>
                  )}
                </Stack>
              ),
            },
            {
              key: "actions",
              header: t("actions"),
              render: (s) =>
                s.allowedSteps.length > 0 ? (
                  <Group gap={4}>
                    {s.allowedSteps.includes("RECEIVE") && (
                      <Button size="compact-xs" onClick={() => setReceiving(s)}>
                        {t("sponsors.markReceived")}
                      </Button>
                    )}
                    {s.allowedSteps.includes("WITHDRAW") && (
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setWithdrawing(s)}>
                        {t("sponsors.withdraw")}
                      </Button>
                    )}
                  </Group>
                ) : null,
            },
          ]}
        />
      </Paper>
      {pledging && <PledgeModal projectId={p.id} communityId={communityId} onClose={() => setPledging(false)} />}
      {receiving && <ReceivedModal sponsorship={receiving} onClose={() => setReceiving(null)} />}
      {withdrawing && <WithdrawModal sponsorship={withdrawing} onClose={() => setWithdrawing(null)} />}
    </Stack>
  );
}

/** 登记认捐 for a project, or for a need of the needs board (which it claims). */
export function PledgeModal({ projectId, needId, title, communityId, onClose }: { projectId?: string; needId?: string; title?: string; communityId: string; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const units = useAllianceUnitOptions(communityId);
  const organizations = useOrganizationOptions(communityId);
  const [run, running] = usePledge();
  const form = useForm({
    initialValues: { sponsorType: "ALLIANCE_UNIT", allianceUnitId: null as string | null, organizationId: null as string | null, kind: "MONEY", pledgedFen: "" as number | string, inKind: "", pledgedOn: chinaDay(), note: "" },
    validate: {
      allianceUnitId: (v, all) => (all.sponsorType === "ALLIANCE_UNIT" && !v ? t("form.required") : null),
      organizationId: (v, all) => (all.sponsorType === "SOCIAL_ORGANIZATION" && !v ? t("form.required") : null),
      pledgedFen: (v, all) => (all.kind === "MONEY" && !yuanAmountOk(v, true) ? t("form.amountPositive") : null),
      inKind: (v, all) => (all.kind === "IN_KIND" && !v.trim() ? t("form.required") : null),
      pledgedOn: (v) => (!isDay(v) ? t("form.dayRequired") : v > chinaDay() ? t("form.dayFuture") : null),
    },
  });
  const v = form.values;
  const submit = form.onSubmit(async (x) => {
    const input = {
      projectId: projectId ?? null,
      needId: needId ?? null,
      kind: x.kind as "MONEY" | "IN_KIND",
      allianceUnitId: x.sponsorType === "ALLIANCE_UNIT" ? x.allianceUnitId : null,
      organizationId: x.sponsorType === "SOCIAL_ORGANIZATION" ? x.organizationId : null,
      pledgedFen: x.kind === "MONEY" ? yuanToFen(x.pledgedFen) : null,
      inKind: x.kind === "IN_KIND" ? x.inKind.trim() : null,
      pledgedOn: x.pledgedOn,
      note: orNull(x.note),
    };
    if (await run({ input }, { form, success: t("sponsors.pledged") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={title ?? t("sponsors.pledge")} onSubmit={submit} submitting={running}>
      <SegmentedControl
        aria-label={t("sponsors.sponsorType")}
        data={[
          { value: "ALLIANCE_UNIT", label: t("enums.SponsorType.ALLIANCE_UNIT") },
          { value: "SOCIAL_ORGANIZATION", label: t("enums.SponsorType.SOCIAL_ORGANIZATION") },
        ]}
        {...form.getInputProps("sponsorType")}
      />
      {v.sponsorType === "ALLIANCE_UNIT" ? (
        <Select label={t("sponsors.allianceUnit")} data={units} searchable withAsterisk {...form.getInputProps("allianceUnitId")} />
      ) : (
        <Select label={t("sponsors.organization")} data={organizations} searchable withAsterisk {...form.getInputProps("organizationId")} />
      )}
      <SimpleGrid cols={2}>
        <Select
          label={t("sponsors.kind")}
          data={[
            { value: "MONEY", label: t("enums.SponsorshipKind.MONEY") },
            { value: "IN_KIND", label: t("enums.SponsorshipKind.IN_KIND") },
          ]}
          allowDeselect={false}
          {...form.getInputProps("kind")}
        />
        <TextInput type="date" label={t("sponsors.pledgedOn")} withAsterisk {...form.getInputProps("pledgedOn")} />
      </SimpleGrid>
      {v.kind === "MONEY" ? (
        <NumberInput label={t("sponsors.pledgedYuan")} min={0} decimalScale={2} thousandSeparator="," prefix="¥" withAsterisk {...form.getInputProps("pledgedFen")} />
      ) : (
        <TextInput label={t("sponsors.inKind")} placeholder={t("sponsors.inKindPlaceholder")} withAsterisk {...form.getInputProps("inKind")} />
      )}
      <Textarea label={t("budget.note")} autosize minRows={2} {...form.getInputProps("note")} />
    </FormModal>
  );
}

function ReceivedModal({ sponsorship, onClose }: { sponsorship: Sponsorship; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [run, running] = useRecordReceived();
  const money = sponsorship.kind === "MONEY";
  const form = useForm({
    initialValues: { receivedOn: chinaDay(), receivedFen: ((sponsorship.pledgedFen ?? 0) / 100) as number | string, note: "" },
    validate: {
      receivedOn: (v) => (!isDay(v) ? t("form.dayRequired") : v > chinaDay() ? t("form.dayFuture") : null),
      receivedFen: (v) => (money && !yuanAmountOk(v, true) ? t("form.amountPositive") : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    const input = { receivedOn: v.receivedOn, receivedFen: money ? yuanToFen(v.receivedFen) : null, note: orNull(v.note) };
    if (await run({ id: sponsorship.id, input }, { form, success: t("sponsors.receivedDone") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("sponsors.receivedTitle", { name: sponsorship.sponsorName })} onSubmit={submit} submitting={running} submitLabel={t("sponsors.receivedSubmit")} size="md">
      <TextInput type="date" label={t("sponsors.receivedOn")} withAsterisk {...form.getInputProps("receivedOn")} />
      {money && <NumberInput label={t("sponsors.receivedYuan")} min={0} decimalScale={2} thousandSeparator="," prefix="¥" withAsterisk {...form.getInputProps("receivedFen")} />}
      <Textarea label={t("budget.note")} autosize minRows={2} {...form.getInputProps("note")} />
    </FormModal>
  );
}

function WithdrawModal({ sponsorship, onClose }: { sponsorship: Sponsorship; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [run, running] = useWithdraw();
  const form = useForm({ initialValues: { reason: "" }, validate: { reason: (v) => (v.trim() ? null : t("form.required")) } });
  const submit = form.onSubmit(async (v) => {
    if (await run({ id: sponsorship.id, input: { reason: v.reason.trim() } }, { form, success: t("sponsors.withdrawn") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("sponsors.withdrawTitle", { name: sponsorship.sponsorName })} onSubmit={submit} submitting={running} submitLabel={t("sponsors.withdraw")} size="md">
      <Textarea label={t("sponsors.withdrawReason")} withAsterisk autosize minRows={2} {...form.getInputProps("reason")} />
    </FormModal>
  );
}
