// 届: the committee's terms, newest first, with the one covering today marked.
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../../lib/format";
import { DataTable } from "../../../../ui/DataTable";
import { TermFormModal } from "./TermFormModal";
import { CommitteeTerms, TermFields } from "./fragments";

export function TermsPanel({ committee, canManage }: { committee: FragmentOf<typeof CommitteeTerms>; canManage: boolean }) {
  const { t, i18n } = useTranslation("deliberation");
  const c = readFragment(CommitteeTerms, committee);
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
      {adding && <TermFormModal committeeId={c.id} nextNumber={next} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
