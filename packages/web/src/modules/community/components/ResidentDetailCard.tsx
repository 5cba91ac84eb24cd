// One resident in full. phone and idNumber are unmasked only for holders of resident:viewPii, and
// the API writes every such reveal to the audit log, so only this view selects them.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconShieldLock } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { birthText } from "./ResidentsTable";

export const ResidentDetailFields = graphql(`
  fragment ResidentDetailFields on Resident {
    id
    name
    gender
    birthDate
    birthYear
    age
    registration
    phone
    idNumber
    isPartyMember
    isNotable
    isDeputy
    isRetiredCadre
    note
    createdAt
    updatedAt
    grid {
      id
      name
    }
    household {
      id
      address
    }
    partyOrganization {
      id
      name
    }
  }
`);

function Item({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

export function ResidentDetailCard({ resident }: { resident: FragmentOf<typeof ResidentDetailFields> }) {
  const { t, i18n } = useTranslation();
  const r = readFragment(ResidentDetailFields, resident);
  const none = t("common.none");
  const flags = [
    r.isPartyMember && t("residents.partyMember"),
    r.isNotable && t("residents.isNotable"),
    r.isDeputy && t("residents.isDeputy"),
    r.isRetiredCadre && t("residents.isRetiredCadre"),
  ].filter((f): f is string => !!f);

  return (
    <Stack>
      <Alert icon={<IconShieldLock size={18} />} color="gray" variant="light">
        {t("residents.piiNotice")}
      </Alert>
      <Paper withBorder p="lg">
        <Group gap="sm" mb="md">
          <Title order={3}>{r.name}</Title>
          {flags.map((f) => (
            <Badge key={f} variant="light" color={f === t("residents.partyMember") ? "red" : "blue"}>
              {f}
            </Badge>
          ))}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <Item label={t("residents.gender")}>{r.gender ? t(`enums.Gender.${r.gender}`) : none}</Item>
          <Item label={t("residents.birthDate")}>{birthText(r, t, i18n.language) ?? none}</Item>
          <Item label={t("residents.registration")}>{t(`enums.Registration.${r.registration}`)}</Item>
          <Item label={t("residents.phone")}>{r.phone ?? none}</Item>
          <Item label={t("residents.idNumber")}>{r.idNumber ?? none}</Item>
          <Item label={t("residents.grid")}>{r.grid?.name ?? none}</Item>
          <Item label={t("residents.household")}>{r.household?.address ?? none}</Item>
          <Item label={t("residents.partyOrganization")}>{r.partyOrganization?.name ?? none}</Item>
          <Item label={t("residents.note")}>{r.note ?? none}</Item>
          <Item label={t("residents.createdAt")}>{formatDateTime(r.createdAt, i18n.language)}</Item>
          <Item label={t("residents.updatedAt")}>{formatDateTime(r.updatedAt, i18n.language)}</Item>
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
