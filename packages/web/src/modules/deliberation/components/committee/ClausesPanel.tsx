// 协商事项目录 ("六议六不议"): what must be deliberated, and what may not (declined topics cite it).
// The form adding or editing a clause comes from the page (its command refreshes this panel).
import { graphql, readFragment, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { QueryError } from "../../../../ui/QueryError";
import { useEnumLabel } from "../../enums";

export const ClauseFields = graphql(`
  fragment ClauseFields on ConsultationClause {
    id
    kind
    number
    text
    label
    retired
  }
`);

export type Clause = ResultOf<typeof ClauseFields>;

const ClausesQuery = graphql(
  `
    query ConsultationClauses($communityId: ID!) {
      consultationClauses(communityId: $communityId, includeRetired: true, first: 100) {
        edges {
          node {
            id
            ...ClauseFields
          }
        }
      }
    }
  `,
  [ClauseFields],
);

type Kind = "MUST" | "MUST_NOT";

/** The clause a form adds (of a kind, with the next number) or edits. */
export interface ClauseEdit {
  kind: Kind;
  clause?: Clause;
  nextNumber: number;
}

interface Props {
  communityId: string;
  canManage: boolean;
  /** The clause form (ClauseFormModal), while open. */
  edit: (target: ClauseEdit, onClose: () => void) => ReactNode;
}

export function ClausesPanel({ communityId, canManage, edit }: Props) {
  const { t } = useTranslation("deliberation");
  const label = useEnumLabel();
  const [{ data, error }] = useQuery({ query: ClausesQuery, variables: { communityId } });
  const [editing, setEditing] = useState<{ kind: Kind; clause?: Clause } | null>(null);
  const clauses = (data?.consultationClauses.edges ?? []).map((e) => readFragment(ClauseFields, e.node));

  return (
    <Stack>
      <QueryError error={error} />
      <Text c="dimmed" size="sm">
        {t("clauses.intro")}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {(["MUST", "MUST_NOT"] as const).map((kind) => {
          const list = clauses.filter((c) => c.kind === kind).sort((a, b) => a.number - b.number);
          return (
            <Paper key={kind} withBorder p="md" component="section" aria-label={label("ClauseKind", kind)}>
              <Group justify="space-between" mb="sm">
                <Title order={5}>{label("ClauseKind", kind)}</Title>
                {canManage && (
                  <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing({ kind })}>
                    {t("clauses.add")}
                  </Button>
                )}
              </Group>
              {list.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t("clauses.none")}
                </Text>
              )}
              <Stack gap="xs">
                {list.map((c) => (
                  <Group key={c.id} justify="space-between" align="flex-start" wrap="nowrap" opacity={c.retired ? 0.55 : 1}>
                    <Text size="sm">
                      <Text span fw={600}>
                        {t("clauses.numbered", { number: c.number })}
                      </Text>{" "}
                      {c.text}{" "}
                      {c.retired && (
                        <Badge size="xs" color="gray">
                          {t("clauses.retired")}
                        </Badge>
                      )}
                    </Text>
                    {canManage && (
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ kind, clause: c })}>
                        {t("clauses.edit")}
                      </Button>
                    )}
                  </Group>
                ))}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      {editing && edit({ ...editing, nextNumber: Math.max(0, ...clauses.filter((c) => c.kind === editing.kind).map((c) => c.number)) + 1 }, () => setEditing(null))}
    </Stack>
  );
}
