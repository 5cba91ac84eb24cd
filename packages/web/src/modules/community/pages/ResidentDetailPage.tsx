import { graphql } from "@gongzhi/schema";
import { Button, Group } from "@mantine/core";
import { IconPencil, IconQrcode } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { DetailPage } from "../../../ui/DetailPage";
import { ResidentDetailCard, ResidentDetailFields } from "../components/ResidentDetailCard";
import { ResidentFormFields } from "../components/residentForm";
import { ResidentFormDrawer } from "../components/ResidentFormDrawer";
import { holds } from "../../../lib/actions";
import { useCommand } from "../../../lib/useCommand";
import { IssueResidentSignInCardMutation, SignInCardModal, type SignInCard } from "../components/SignInCardModal";

const ResidentDetailQuery = graphql(
  `
    query ResidentDetail($id: ID!) {
      node(id: $id) {
        __typename
        ... on Resident {
          id
          community {
            id
            viewerActions
          }
          ...ResidentDetailFields
          ...ResidentFormFields
        }
      }
    }
  `,
  [ResidentDetailFields, ResidentFormFields],
);

export function ResidentDetailPage({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [{ data, fetching, error }] = useQuery({ query: ResidentDetailQuery, variables: { id: residentId } });
  const resident = data?.node?.__typename === "Resident" ? data.node : null;
  const canEdit = holds(resident?.community.viewerActions, "resident:update");
  const canCard = holds(resident?.community.viewerActions, "resident:signInCard");
  const [card, setCard] = useState<SignInCard | null>(null);
  const [issueCard, issuing] = useCommand(IssueResidentSignInCardMutation, (d) => d.issueResidentSignInCard);

  return (
    <DetailPage back={{ to: "/residents", label: t("common.back") }} query={{ data, fetching, error }} record={resident} notFound={t("enums.UserErrorCode.NOT_FOUND")}>
      {(resident) => (
        <>
          <PageHeader
            title={t("residents.detail")}
            actions={
              <Group gap="xs">
                {canCard && (
                  <Button
                    variant="default"
                    leftSection={<IconQrcode size={16} />}
                    loading={issuing}
                    onClick={async () => {
                      const issued = await issueCard({ residentId: resident.id });
                      if (issued) setCard(issued);
                    }}
                  >
                    {t("residents.signInCard.button")}
                  </Button>
                )}
                {canEdit && (
                  <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                    {t("common.edit")}
                  </Button>
                )}
              </Group>
            }
          />
          <ResidentDetailCard resident={resident} />
          {card && <SignInCardModal card={card} onClose={() => setCard(null)} />}
          {editing && (
            <ResidentFormDrawer
              communityId={resident.community.id}
              resident={resident}
              canViewPii={holds(resident.community.viewerActions, "resident:viewPii")}
              onClose={() => setEditing(false)}
            />
          )}
        </>
      )}
    </DetailPage>
  );
}
