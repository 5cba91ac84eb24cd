import { graphql, type FragmentOf } from "@gongzhi/schema";
import { Button, Group } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { PartyOrganizationFormModal } from "./PartyOrganizationFormModal";
import { PartyOrganizationRow, PartyOrganizationsTable } from "./PartyOrganizationsTable";

const PartyOrganizationsQuery = graphql(
  `
    query PartyOrganizations($communityId: ID!, $first: Int, $after: String) {
      partyOrganizations(communityId: $communityId, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...PartyOrganizationRow
          }
        }
      }
    }
  `,
  [PartyOrganizationRow],
);

export function PartyOrganizationsPanel({ communityId, canManage }: { communityId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ organization?: FragmentOf<typeof PartyOrganizationRow> } | null>(null);
  // A whole tree per page: a community has a handful of party organizations, the API allows 100.
  const pager = useCursorPaging(communityId, 100);
  const [{ data, fetching, error }] = useQuery({ query: PartyOrganizationsQuery, variables: { communityId, ...pager.variables } });

  return (
    <>
      <Group justify="flex-end" mb="sm">
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
            {t("organizations.party.create")}
          </Button>
        )}
      </Group>
      <PartyOrganizationsTable
        organizations={data?.partyOrganizations.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.partyOrganizations.pageInfo, totalCount: data?.partyOrganizations.totalCount }}
        onEdit={canManage ? (organization) => setEditing({ organization }) : undefined}
      />
      {editing && <PartyOrganizationFormModal communityId={communityId} organization={editing.organization} onClose={() => setEditing(null)} />}
    </>
  );
}
