// 章程: every version, newest first (DRAFT → ADOPTED → SUPERSEDED), readable in full; drafts are
// edited and adopted here, and any version can be made public.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Accordion, Button, Group, Stack, Text } from "@mantine/core";
import { IconFilePlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { useEnumLabel } from "../../enums";
import { PeriodModal } from "../../../notices/components/PeriodModal";
import { StatusBadge } from "../StatusBadge";
import { AdoptCharterModal } from "./AdoptCharterModal";
import { CharterFormModal } from "./CharterFormModal";
import { type Charter, CharterFields, CommitteeCharters } from "./fragments";

const PublishCharterMutation = graphql(
  `
    mutation PublishCharter($input: PublishCharterInput!) {
      publishCharter(input: $input) {
        __typename
        ... on MutationPublishCharterSuccess {
          data {
            id
            title
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

type Dialog = { kind: "draft"; from?: Charter } | { kind: "edit" | "adopt" | "publish"; charter: Charter } | null;

interface Props {
  committee: FragmentOf<typeof CommitteeCharters>;
  /** May draft a new version (committee:manage); each version's own steps come from its allowedSteps. */
  canManage: boolean;
}

export function ChartersPanel({ committee, canManage }: Props) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const c = readFragment(CommitteeCharters, committee);
  const charters = c.charters.map((x) => readFragment(CharterFields, x));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [publish, publishing] = useCommand(PublishCharterMutation, (d) => d.publishCharter);
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
      {dialog?.kind === "draft" && <CharterFormModal committeeId={c.id} from={dialog.from} onSaved={setChosen} onClose={() => setDialog(null)} />}
      {dialog?.kind === "edit" && <CharterFormModal committeeId={c.id} charter={dialog.charter} onClose={() => setDialog(null)} />}
      {dialog?.kind === "adopt" && <AdoptCharterModal charter={dialog.charter} onClose={() => setDialog(null)} />}
      {dialog?.kind === "publish" && (
        <PeriodModal
          title={t("charters.publish")}
          description={t("charters.publishHint", { title: dialog.charter.title, version: dialog.charter.version })}
          submitting={publishing}
          onClose={() => setDialog(null)}
          onSubmit={(periodDays, form) => publish({ input: { charterId: dialog.charter.id, periodDays } }, { form, success: t("notices.published") })}
        />
      )}
    </Stack>
  );
}
