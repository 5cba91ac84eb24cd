import { graphql } from "@gongzhi/schema";
import { Button, Loader } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPencil } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { CommunityEditModal } from "../components/CommunityEditModal";
import { CommunityOverviewCard, CommunityOverviewFields } from "../components/CommunityOverviewCard";
import { holds } from "../../../lib/actions";

const OverviewQuery = graphql(
  `
    query CommunityOverview($id: ID!) {
      node(id: $id) {
        __typename
        ... on Community {
          id
          viewerActions
          ...CommunityOverviewFields
        }
      }
    }
  `,
  [CommunityOverviewFields],
);

export function OverviewPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const [editing, { open, close }] = useDisclosure(false);
  const [{ data, fetching, error }] = useQuery({ query: OverviewQuery, variables: { id: communityId } });
  const community = data?.node?.__typename === "Community" ? data.node : null;
  const canEdit = holds(community?.viewerActions, "community:update");

  return (
    <>
      <PageHeader
        title={t("overview.title")}
        actions={
          canEdit && (
            <Button leftSection={<IconPencil size={16} />} onClick={open}>
              {t("overview.edit")}
            </Button>
          )
        }
      />
      <QueryError error={error} />
      {fetching && !community && <Loader />}
      {community && <CommunityOverviewCard community={community} />}
      {community && editing && <CommunityEditModal community={community} opened onClose={close} />}
    </>
  );
}
