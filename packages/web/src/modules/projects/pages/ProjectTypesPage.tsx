// 项目类型: the community's project types (街长制, 志愿楼长, 夏令营 …) with how many projects each
// has; add, rename, describe, or take one out of use (停用).
import { graphql } from "@gongzhi/schema";
import { Button } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { useUpdateType } from "../components/types/commands";
import { ProjectTypeRowFields, ProjectTypesTable, type ProjectTypeRow } from "../components/types/ProjectTypesTable";
import { TypeModal } from "../components/types/TypeModal";

export const ProjectTypesQuery = graphql(
  `
    query ProjectTypes($communityId: ID!) {
      projectTypes(communityId: $communityId, includeInactive: true, first: 100) {
        totalCount
        edges {
          node {
            id
            ...ProjectTypeRowFields
          }
        }
      }
    }
  `,
  [ProjectTypeRowFields],
);

export function ProjectTypesPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("projects");
  const [{ data, fetching, error }] = useQuery({ query: ProjectTypesQuery, variables: { communityId }, requestPolicy: "cache-and-network" });
  const [editing, setEditing] = useState<ProjectTypeRow | "new" | null>(null);
  const [update] = useUpdateType();
  return (
    <>
      <PageHeader
        title={t("types.title")}
        description={t("types.description")}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
            {t("types.add")}
          </Button>
        }
      />
      <ProjectTypesTable
        types={data?.projectTypes.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        onEdit={setEditing}
        onActiveChange={(id, active) => void update({ id, input: { active } }, { success: active ? t("types.activated") : t("types.deactivated") })}
      />
      {editing && <TypeModal communityId={communityId} type={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
