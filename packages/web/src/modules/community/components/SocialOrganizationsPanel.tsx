import { graphql, type FragmentOf } from "@gongzhi/schema";
import { Button, Group, Select } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { SearchInput } from "../../../ui/SearchInput";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { CATEGORIES, SocialOrganizationFormModal } from "./SocialOrganizationFormModal";
import { SocialOrganizationRow, SocialOrganizationsTable } from "./SocialOrganizationsTable";

const SocialOrganizationsQuery = graphql(
  `
    query SocialOrganizations($communityId: ID!, $search: String, $category: SocialOrganizationCategory, $first: Int, $after: String) {
      socialOrganizations(communityId: $communityId, search: $search, category: $category, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...SocialOrganizationRow
          }
        }
      }
    }
  `,
  [SocialOrganizationRow],
);

type Category = (typeof CATEGORIES)[number];
const isCategory = (v: string | null): v is Category => CATEGORIES.includes(v as Category);

export function SocialOrganizationsPanel({ communityId, canManage }: { communityId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [category, setCategory] = useState<Category | null>(null);
  const [editing, setEditing] = useState<{ organization?: FragmentOf<typeof SocialOrganizationRow> } | null>(null);
  const pager = useCursorPaging(`${communityId}|${search}|${category}`);
  const [{ data, fetching, error }] = useQuery({
    query: SocialOrganizationsQuery,
    variables: { communityId, search: search || null, category, ...pager.variables },
  });

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <SearchInput placeholder={t("organizations.social.searchPlaceholder")} onSearch={setSearch} />
          <Select
            aria-label={t("organizations.social.category")}
            placeholder={t("organizations.social.category")}
            clearable
            w={170}
            value={category}
            onChange={(v) => setCategory(isCategory(v) ? v : null)}
            data={CATEGORIES.map((c) => ({ value: c, label: t(`enums.SocialOrganizationCategory.${c}`) }))}
          />
        </Group>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
            {t("organizations.social.create")}
          </Button>
        )}
      </Group>
      <SocialOrganizationsTable
        organizations={data?.socialOrganizations.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.socialOrganizations.pageInfo, totalCount: data?.socialOrganizations.totalCount }}
        onEdit={canManage ? (organization) => setEditing({ organization }) : undefined}
      />
      {editing && <SocialOrganizationFormModal communityId={communityId} organization={editing.organization} onClose={() => setEditing(null)} />}
    </>
  );
}
