// The month by item (submitted, by status, still overdue) and, for a street or district, by community.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { TICKET_STATUSES, useEnumLabel } from "../../enums";

export const ReportItemsFields = graphql(`
  fragment ReportItemsFields on ServiceReport {
    byItem {
      itemName
      category
      submitted
      overdueOpen
      byStatus {
        status
        count
      }
    }
  }
`);

export const ReportCommunitiesFields = graphql(`
  fragment ReportCommunitiesFields on ServiceReport {
    byCommunity {
      communityId
      communityName
      submitted
      closed
      closedOnTime
      onTimeRate
      averageRating
      ratingCount
      visits
    }
  }
`);

const pct = (v: number | null | undefined, none: string) => (v == null ? none : `${(v * 100).toFixed(1)}%`);

export function ReportItemsTable({ report }: { report: FragmentOf<typeof ReportItemsFields> }) {
  const { t } = useTranslation("serviceComplex");
  const label = useEnumLabel();
  const { byItem } = readFragment(ReportItemsFields, report);
  return (
    <Paper withBorder p="md" mb="md">
      <Title order={5} mb="sm">
        {t("report.byItem")}
      </Title>
      <Table.ScrollContainer minWidth={760}>
        <Table striped fz="sm" data-testid="report-items" aria-label={t("report.byItem")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("catalog.name")}</Table.Th>
              <Table.Th>{t("catalog.category")}</Table.Th>
              <Table.Th>{t("report.submitted")}</Table.Th>
              {TICKET_STATUSES.map((s) => (
                <Table.Th key={s}>{label("ServiceTicketStatus", s)}</Table.Th>
              ))}
              <Table.Th>{t("report.overdueOpen")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {byItem.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4 + TICKET_STATUSES.length}>
                  <Text c="dimmed" ta="center">
                    {t("report.noData")}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {byItem.map((row) => (
              <Table.Tr key={row.itemName}>
                <Table.Td>{row.itemName}</Table.Td>
                <Table.Td>{label("ServiceItemCategory", row.category)}</Table.Td>
                <Table.Td fw={600}>{row.submitted}</Table.Td>
                {TICKET_STATUSES.map((s) => (
                  <Table.Td key={s}>{row.byStatus.find((x) => x.status === s)?.count ?? 0}</Table.Td>
                ))}
                <Table.Td>
                  {row.overdueOpen > 0 ? (
                    <Badge color="red" variant="filled">
                      {row.overdueOpen}
                    </Badge>
                  ) : (
                    0
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

export function ReportCommunitiesTable({ report }: { report: FragmentOf<typeof ReportCommunitiesFields> }) {
  const { t } = useTranslation("serviceComplex");
  const { byCommunity } = readFragment(ReportCommunitiesFields, report);
  return (
    <Paper withBorder p="md" mb="md">
      <Title order={5} mb="sm">
        {t("report.byCommunity")}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table striped fz="sm" data-testid="report-communities">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("report.community")}</Table.Th>
              <Table.Th>{t("report.submitted")}</Table.Th>
              <Table.Th>{t("report.closed")}</Table.Th>
              <Table.Th>{t("report.onTimeRate")}</Table.Th>
              <Table.Th>{t("report.averageRating")}</Table.Th>
              <Table.Th>{t("report.visits")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {byCommunity.map((c) => (
              <Table.Tr key={c.communityId}>
                <Table.Td>{c.communityName}</Table.Td>
                <Table.Td>{c.submitted}</Table.Td>
                <Table.Td>{c.closed}</Table.Td>
                <Table.Td>{pct(c.onTimeRate, t("none"))}</Table.Td>
                <Table.Td>{c.averageRating == null ? t("none") : `${c.averageRating.toFixed(2)}（${c.ratingCount}）`}</Table.Td>
                <Table.Td>{c.visits}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
