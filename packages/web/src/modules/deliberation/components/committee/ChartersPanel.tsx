// 章程: every version, newest first (DRAFT → ADOPTED → SUPERSEDED), readable in full; drafts are
// edited and adopted here, and any version can be made public (the forms come from the page, in
// CharterDialogs: their commands refresh this panel, so it does not hold them).
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Accordion, Button, Group, Stack, Text } from "@mantine/core";
import { IconFilePlus } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../../lib/format";
import { useEnumLabel } from "../../enums";
import { StatusBadge } from "../StatusBadge";

export const CharterFields = graphql(`
  fragment CharterFields on CharterVersion {
    id
    version
    title
    body
    status
    allowedSteps
    quorumRule
    defaultThreshold
    stakeholdersMayVote
    adoptedOn
    supersededAt
    adoptedAtMeeting {
      id
      title
    }
  }
`);

export const CommitteeChartersFields = graphql(
  `
    fragment CommitteeChartersFields on Committee {
      id
      charters {
        id
        ...CharterFields
      }
    }
  `,
  [CharterFields],
);

export type Charter = ResultOf<typeof CharterFields>;

/** A form open on the panel: draft a new version (from the one in force), edit, adopt or publish one. */
export type CharterDialog = { kind: "draft"; from?: Charter } | { kind: "edit" | "adopt" | "publish"; charter: Charter };

interface Props {
  committee: FragmentOf<typeof CommitteeChartersFields>;
  /** May draft a new version (committee:manage); each version's own steps come from its allowedSteps. */
  canManage: boolean;
  /** The open form (CharterDialogs); onSaved opens the version a new draft saved. */
  dialogs: (dialog: CharterDialog, done: { onSaved: (id: string) => void; onClose: () => void }) => ReactNode;
}

export function ChartersPanel({ committee, canManage, dialogs }: Props) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const c = readFragment(CommitteeChartersFields, committee);
  const charters = c.charters.map((x) => readFragment(CharterFields, x));
  const [dialog, setDialog] = useState<CharterDialog | null>(null);
  // The version in force: adopted and not yet superseded.
  const current = charters.find((x) => x.adoptedOn && !x.supersededAt);
  // The version in force is open until the reader chooses another (or a new draft is written).
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const opened = chosen === undefined ? (current?.id ?? charters[0]?.id ?? null) : chosen;

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t("charters.intro")}
        </Text>
        {canManage && (
          <Button leftSection={<IconFilePlus size={16} />} onClick={() => setDialog({ kind: "draft", from: current })}>
            {t("charters.draft")}
          </Button>
        )}
      </Group>
      {charters.length === 0 && <Text c="dimmed">{t("charters.none")}</Text>}
      <Accordion variant="separated" value={opened} onChange={setChosen}>
        {charters.map((x) => (
          <Accordion.Item key={x.id} value={x.id}>
            <Accordion.Control>
              <Group gap="sm">
                <Text fw={600}>{t("charters.versionTitle", { version: x.version, title: x.title })}</Text>
                <StatusBadge kind="CharterStatus" value={x.status} />
                {x.adoptedOn && (
                  <Text size="sm" c="dimmed">
                    {t("charters.adoptedOn", { date: formatDate(x.adoptedOn, i18n.language) })}
                  </Text>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" c="dimmed" mb="xs">
                {[label("QuorumRule", x.quorumRule), label("VoteThreshold", x.defaultThreshold), x.stakeholdersMayVote ? t("charters.stakeholdersVote") : t("charters.stakeholdersSpeak")].join(" · ")}
                {x.adoptedAtMeeting && ` · ${t("charters.adoptedAt", { meeting: x.adoptedAtMeeting.title })}`}
              </Text>
              <Text style={{ whiteSpace: "pre-wrap" }} mb="sm">
                {x.body}
              </Text>
              <Group gap="xs">
                {x.allowedSteps.includes("UPDATE") && (
                  <Button size="xs" variant="light" onClick={() => setDialog({ kind: "edit", charter: x })}>
                    {t("charters.edit")}
                  </Button>
                )}
                {x.allowedSteps.includes("ADOPT") && (
                  <Button size="xs" color="green" onClick={() => setDialog({ kind: "adopt", charter: x })}>
                    {t("charters.adopt")}
                  </Button>
                )}
                {x.allowedSteps.includes("PUBLISH") && (
                  <Button size="xs" variant="default" onClick={() => setDialog({ kind: "publish", charter: x })}>
                    {t("charters.publish")}
                  </Button>
                )}
              </Group>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      {dialog && dialogs(dialog, { onSaved: setChosen, onClose: () => setDialog(null) })}
    </Stack>
  );
}
