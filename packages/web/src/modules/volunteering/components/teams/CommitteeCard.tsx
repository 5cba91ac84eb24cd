// 志愿服务委员会: its sitting members by role and those who left (the record stays). CommitteePanel
// loads it and runs the steps this card reports: set it up, seat a resident, record one leaving.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, CloseButton, Group, Paper, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../../lib/format";
import { QueryError } from "../../../../ui/QueryError";
import { useEnumLabel, type CommitteeRole } from "../../enums";

/** The sitting members and everyone who ever sat: a command that changes membership selects both. */
export const VolunteerCommitteeFields = graphql(`
  fragment VolunteerCommitteeFields on VolunteerCommittee {
    id
    name
    description
    members {
      id
      name
      role
      joinedOn
      sitting
      leftOn
      leaveReason
      allowedSteps
    }
    all: members(includeFormer: true) {
      id
      name
      role
      joinedOn
      sitting
      leftOn
      leaveReason
      allowedSteps
    }
  }
`);

export type CommitteeMemberRef = { id: string; name: string; role: CommitteeRole };

interface CommitteeCardProps {
  /** null: the community has no committee yet; undefined: not loaded. */
  committee: FragmentOf<typeof VolunteerCommitteeFields> | null | undefined;
  error?: { message: string } | null;
  /** The steps, absent without volunteer:manage. */
  onCreate?: () => void;
  onAddMember?: (committeeId: string) => void;
  onEndMembership?: (member: CommitteeMemberRef) => void;
}

export function CommitteeCard({ committee: ref, error, onCreate, onAddMember, onEndMembership }: CommitteeCardProps) {
  const { t, i18n } = useTranslation("volunteering");
  const label = useEnumLabel();
  const committee = ref && readFragment(VolunteerCommitteeFields, ref);
  const former = committee?.all.filter((m) => !m.sitting) ?? [];
  return (
    <Paper withBorder p="md" mb="md" data-testid="committee-card">
      <QueryError error={error} />
      <Group justify="space-between" mb="xs">
        <Title order={4}>{committee?.name ?? t("committee.title")}</Title>
        {onCreate && committee === null && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={onCreate}>
            {t("committee.create")}
          </Button>
        )}
        {onAddMember && committee && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onAddMember(committee.id)}>
            {t("committee.addMember")}
          </Button>
        )}
      </Group>
      {committee === null && <Text c="dimmed">{t("committee.none")}</Text>}
      {committee?.description && (
        <Text size="sm" c="dimmed" mb="xs">
          {committee.description}
        </Text>
      )}
      <Group gap="xs">
        {committee?.members.map((m) => (
          <Badge
            key={m.id}
            size="lg"
            variant="light"
            color={m.role === "DIRECTOR" ? "red" : m.role === "MEMBER" ? "gray" : "blue"}
            title={t("committee.joinedOn", { date: formatDate(m.joinedOn, i18n.language) })}
            rightSection={
              onEndMembership && m.allowedSteps.includes("END") && (
                <CloseButton
                  size="xs"
                  variant="transparent"
                  aria-label={t("committee.endOf", { name: m.name, role: label("VolunteerCommitteeRole", m.role) })}
                  onClick={() => onEndMembership(m)}
                />
              )
            }
          >
            {label("VolunteerCommitteeRole", m.role)} · {m.name}
          </Badge>
        ))}
      </Group>
      {former.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs" data-testid="former-members">
          {t("committee.former")}
          {former
            .map((m) =>
              [`${label("VolunteerCommitteeRole", m.role)} ${m.name}`, t("committee.leftOnValue", { date: formatDate(m.leftOn, i18n.language) }), m.leaveReason].filter(Boolean).join("，"),
            )
            .join("；")}
        </Text>
      )}
    </Paper>
  );
}
