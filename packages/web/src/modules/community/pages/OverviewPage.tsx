import { graphql } from "@gongzhi/schema";
import { Button, Group, Loader } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPencil, IconQrcode } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { CommunityEditModal } from "../components/CommunityEditModal";
import { CommunityOverviewCard, CommunityOverviewFields } from "../components/CommunityOverviewCard";
import { PublicPosterModal } from "../components/PublicPosterModal";
import { holds } from "../../../lib/actions";

const OverviewQuery = graphql(
  `
    query CommunityOverview($id: ID!) {
      node(id: $id) {
        __typename
        ... on Community {
          id
          name
          code
          street {
            id
            name
          }
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
  const [poster, posterToggle] = useDisclosure(false);
  const [{ data, fetching, error }] = useQuery({ query: OverviewQuery, variables: { id: communityId } });
  const community = data?.node?.__typename === "Community" ? data.node : null;
  const canEdit = holds(community?.viewerActions, "community:update");

  return (
    <>
      <PageHeader
        title={t("overview.title")}
        actions={
          <Group gap="xs">
            {community?.code && (
              <Button variant="light" leftSection={<IconQrcode size={16} />} onClick={posterToggle.open}>
                {t("poster.open")}
              </Button>
            )}
            {canEdit && (
              <Button leftSection={<IconPencil size={16} />} onClick={open}>
                {t("overview.edit")}
              </Button>
            )}
          </Group>
        }
      />
      <QueryError error={error} />
      {fetching && !community && <Loader />}
      {community && <CommunityOverviewCard community={community} />}
      {community && editing && <CommunityEditModal community={community} opened onClose={close} />}
      {community?.code && poster && <PublicPosterModal community={{ name: community.name, code: community.code, streetName: community.street.name }} onClose={posterToggle.close} />}
    </>
  );
}
