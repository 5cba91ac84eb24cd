// 7+X: the sitting members under the seven fixed seat categories, and everyone who has left. The
// forms seating a member or ending a membership come from the page (their commands refresh this panel).
import { graphql, readFragment, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconUserPlus } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { formatDate } from "../../../../lib/format";
import { DataTable } from "../../../../ui/DataTable";
import { QueryError } from "../../../../ui/QueryError";
import { SEATS, useEnumLabel } from "../../enums";

export const MemberFields = graphql(`
  fragment MemberFields on CommitteeMembership {
    id
    name
    seat
    role
    joinedOn
    leftOn
    leaveReason
    sitting
    allowedSteps
    term {
      id
      number
    }
  }
`);

/** Members are few (7 seats and their history): one page holds them all. */
const MEMBERS_PAGE = 100;

const CommitteeMembersQuery = graphql(
  `
    query CommitteeMembers($communityId: ID!, $first: Int!) {
      deliberationCommittee(communityId: $communityId) {
        id
        terms {
          id
          number
          name
          isCurrent
        }
        members(first: $first) {
          totalCount
          edges {
            node {
              id
              ...MemberFields
            }
          }
        }
      }
    }
  `,
  [MemberFields],
);

type Member = ResultOf<typeof MemberFields>;

/** The committee's terms, for the form seating a member. */
export type Terms = readonly { id: string; number: number; name: string | null; isCurrent: boolean }[];

interface Props {
  communityId: string;
  canManage: boolean;
  /** The form seating a member in one of the terms (AddMemberModal), while open. */
  add: (terms: Terms, onClose: () => void) => ReactNode;
  /** The form ending a member's membership (EndMembershipModal), while open. */
  end: (member: Member, onClose: () => void) => ReactNode;
}

export function MembersPanel({ communityId, canManage, add, end }: Props) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const [{ data, error }] = useQuery({ query: CommitteeMembersQuery, variables: { communityId, first: MEMBERS_PAGE }, requestPolicy: "cache-and-network" });
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Member | null>(null);
  const c = data?.deliberationCommittee;
  const terms = c?.terms ?? [];
  const members = (c?.members.edges ?? []).map((e) => readFragment(MemberFields, e.node));
  const sitting = members.filter((m) => m.sitting);
  const past = members.filter((m) => !m.sitting);
  const date = (d: string | null) => formatDate(d, i18n.language) ?? t("none");

  return (
    <Stack>
      <QueryError error={error} />
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t("members.intro")}
        </Text>
        {canManage && (
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)} disabled={terms.length === 0}>
            {t("members.add")}
          </Button>
        )}
      </Group>
      {canManage && terms.length === 0 && <Text c="orange">{t("members.needTerm")}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="seat-grid">
        {SEATS.map((seat) => {
          const holders = sitting.filter((m) => m.seat === seat);
          return (
            <Paper key={seat} withBorder p="md" aria-label={label("SeatCategory", seat)} component="section">
              <Group justify="space-between" mb="xs" wrap="nowrap">
                <Title order={5}>{label("SeatCategory", seat)}</Title>
                <Badge variant="light" color={holders.length ? "green" : "orange"}>
                  {t("members.count", { count: holders.length })}
                </Badge>
              </Group>
              {holders.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t("members.vacant")}
                </Text>
              )}
              <Stack gap="xs">
                {holders.map((m) => (
                  <Group key={m.id} justify="space-between" wrap="nowrap">
                    <Stack gap={0}>
                      <Group gap={6}>
                        <Text fw={500}>{m.name}</Text>
                        <Badge size="sm" variant={m.role === "MEMBER" ? "outline" : "filled"} color="red">
                          {label("CommitteeRole", m.role)}
                        </Badge>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {t("terms.numbered", { number: m.term.number })} · {t("members.joinedOn", { date: date(m.joinedOn) })}
                      </Text>
                    </Stack>
                    {m.allowedSteps.includes("END") && (
                      <Button size="xs" variant="subtle" color="gray" onClick={() => setEnding(m)}>
                        {t("members.end")}
                      </Button>
                    )}
                  </Group>
                ))}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Title order={5} mt="md">
        {t("members.history")}
      </Title>
      <DataTable
        aria-label={t("members.history")}
        rows={past}
        rowKey={(m) => m.id}
        columns={[
          { key: "name", header: t("members.name"), render: (m) => m.name },
          { key: "seat", header: t("members.seat"), render: (m) => label("SeatCategory", m.seat) },
          { key: "role", header: t("members.role"), render: (m) => label("CommitteeRole", m.role) },
          { key: "term", header: t("members.term"), render: (m) => t("terms.numbered", { number: m.term.number }) },
          { key: "joined", header: t("members.joined"), render: (m) => date(m.joinedOn) },
          { key: "left", header: t("members.left"), render: (m) => date(m.leftOn) },
          { key: "reason", header: t("members.leaveReason"), render: (m) => m.leaveReason ?? t("none") },
        ]}
      />
      {adding && add(terms, () => setAdding(false))}
      {ending && end(ending, () => setEnding(null))}
    </Stack>
  );
}
