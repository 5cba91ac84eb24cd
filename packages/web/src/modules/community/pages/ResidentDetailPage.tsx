import { graphql } from "@gongzhi/schema";
import { Alert, Button, Group, Loader } from "@mantine/core";
import { IconArrowLeft, IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { ResidentDetailCard, ResidentDetailFields } from "../components/ResidentDetailCard";
import { ResidentFormFields } from "../components/residentForm";
import { ResidentFormDrawer } from "../components/ResidentFormDrawer";
import { holds } from "../../../lib/actions";

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

  return (
    <>
      <PageHeader
        title={t("residents.detail")}
        actions={
          <Group gap="xs">
            <Button component={Link} to="/residents" variant="default" leftSection={<IconArrowLeft size={16} />}>
              {t("common.back")}
            </Button>
            {canEdit && (
              <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                {t("common.edit")}
              </Button>
            )}
          </Group>
        }
      />
      <QueryError error={error} />
      {fetching && !data && <Loader />}
      {data && !resident && <Alert color="yellow">{t("enums.UserErrorCode.NOT_FOUND")}</Alert>}
      {resident && <ResidentDetailCard resident={resident} />}
      {resident && editing && <ResidentFormDrawer
          communityId={resident.community.id}
          resident={resident}
          canViewPii={holds(resident.community.viewerActions, "resident:viewPii")}
          onClose={() => setEditing(false)} />}
    </>
  );
}
