// 届: the committee's terms, newest first, with the one covering today marked; the form to add one
// comes from the page (its command refreshes this panel, so the panel does not hold it).
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../../lib/format";
import { DataTable } from "../../../../ui/DataTable";

export const TermFields = graphql(`
  fragment TermFields on CommitteeTerm {
    id
    number
    name
    startsOn
    endsOn
    isCurrent
    memberCount
  }
`);

export const CommitteeTermsFields = graphql(
  `
    fragment CommitteeTermsFields on Committee {
      id
      terms {
        id
        ...TermFields
      }
    }
  `,
  [TermFields],
);

interface Props {
  committee: FragmentOf<typeof CommitteeTermsFields>;
  canManage: boolean;
  /** The form adding a term (TermFormModal), while open, with the next term's number. */
  add: (nextNumber: number, onClose: () => void) => ReactNode;
}

export function TermsPanel({ committee, canManage, add }: Props) {
  const { t, i18n } = useTranslation("deliberation");
  const c = readFragment(CommitteeTermsFields, committee);
  const terms = c.terms.map((x) => readFragment(TermFields, x));
  const [adding, setAdding] = useState(false);
  const next = Math.max(0, ...terms.map((x) => x.number)) + 1;
  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t("terms.intro")}
        </Text>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            {t("terms.add")}
          </Button>
        )}
      </Group>
      <DataTable
        aria-label={t("tabs.terms")}
        rows={terms}
        rowKey={(x) => x.id}
        columns={[
          {
            key: "number",
            header: t("terms.number"),
            render: (x) => (
              <Group gap="xs">
                <Text fw={500}>{t("terms.numbered", { number: x.number })}</Text>
                {x.isCurrent && (
                  <Badge color="green" variant="light">
                    {t("terms.current")}
                  </Badge>
                )}
              </Group>
            ),
          },
          { key: "name", header: t("terms.name"), render: (x) => x.name ?? t("none") },
          { key: "startsOn", header: t("terms.startsOn"), render: (x) => formatDate(x.startsOn, i18n.language) },
          { key: "endsOn", header: t("terms.endsOn"), render: (x) => formatDate(x.endsOn, i18n.language) },
          { key: "members", header: t("terms.memberCount"), render: (x) => x.memberCount },
        ]}
      />
      {adding && add(next, () => setAdding(false))}
    </Stack>
  );
}
