// 红黑榜: the top of the period by net points, and those with deductions with what they were for.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DataTable, type Column } from "../../../../ui/DataTable";

export const RedBlackRowFields = graphql(`
  fragment RedBlackRowFields on PointsRankingRow {
    accountId
    name
    net
    deductions {
      id
      delta
      note
      rule {
        id
        name
      }
    }
  }
`);

type Row = ResultOf<typeof RedBlackRowFields>;
type Refs = readonly FragmentOf<typeof RedBlackRowFields>[] | undefined;

export function RedBlackLists({ red, black }: { red: Refs; black: Refs }) {
  const { t } = useTranslation("points");
  const read = (rows: Refs) => rows?.map((r) => readFragment(RedBlackRowFields, r));
  const columns = (isBlack: boolean): Column<Row>[] => [
    { key: "name", header: t("rankings.name"), render: (r) => r.name },
    isBlack
      ? {
          key: "why",
          header: t("rankings.why"),
          render: (r) => (
            <Stack gap={0}>
              {r.deductions.map((d) => (
                <Text key={d.id} size="xs">
                  {d.rule?.name ?? t("none")} {d.delta}
                  {d.note ? `（${d.note}）` : ""}
                </Text>
              ))}
            </Stack>
          ),
        }
      : { key: "net", header: t("rankings.net"), render: (r) => <Text fw={600}>{r.net}</Text> },
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder p="md" style={{ borderTop: "3px solid var(--mantine-color-red-6)" }}>
        <Title order={4} mb="xs" c="red.7">
          {t("rankings.red")}
        </Title>
        <DataTable data-testid="red-list" aria-label={t("rankings.red")} columns={columns(false)} rows={read(red)} rowKey={(r) => r.accountId} />
      </Paper>
      <Paper withBorder p="md" style={{ borderTop: "3px solid var(--mantine-color-dark-6)" }}>
        <Title order={4} mb="xs">
          {t("rankings.black")}
        </Title>
        <DataTable data-testid="black-list" aria-label={t("rankings.black")} columns={columns(true)} rows={read(black)} rowKey={(r) => r.accountId} />
      </Paper>
    </SimpleGrid>
  );
}
