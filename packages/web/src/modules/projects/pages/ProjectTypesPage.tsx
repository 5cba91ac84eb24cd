// 项目类型: the community's project types (街长制, 志愿楼长, 夏令营 …) with how many projects each
// has; add, rename, describe, or take one out of use (停用).
import { graphql } from "@gongzhi/schema";
import { Badge, Button, Switch, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { orNull } from "../../../lib/format";
import { useCommand } from "../../../lib/useCommand";
import { UserErrorFields } from "../../../lib/userError";
import { DataTable } from "../../../ui/DataTable";
import { FormModal } from "../../../ui/FormModal";
import { PageHeader } from "../../../ui/PageHeader";

const TypeFields = graphql(`
  fragment ProjectTypeFields on ProjectType @_unmask {
    id
    name
    description
    active
    projectCount
  }
`);

export const ProjectTypesQuery = graphql(
  `
    query ProjectTypes($communityId: ID!) {
      projectTypes(communityId: $communityId, includeInactive: true, first: 100) {
        totalCount
        edges {
          node {
            ...ProjectTypeFields
          }
        }
      }
    }
  `,
  [TypeFields],
);

const CreateType = graphql(
  `
    mutation CreateProjectType($input: CreateProjectTypeInput!) {
      createProjectType(input: $input) {
        __typename
        ... on MutationCreateProjectTypeSuccess {
          data {
            ...ProjectTypeFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TypeFields, UserErrorFields],
);

const UpdateType = graphql(
  `
    mutation UpdateProjectType($id: ID!, $input: UpdateProjectTypeInput!) {
      updateProjectType(id: $id, input: $input) {
        __typename
        ... on MutationUpdateProjectTypeSuccess {
          data {
            ...ProjectTypeFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TypeFields, UserErrorFields],
);

type TypeRow = { id: string; name: string; description?: string | null; active: boolean; projectCount: number };

export function ProjectTypesPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("projects");
  const [{ data, fetching, error }] = useQuery({ query: ProjectTypesQuery, variables: { communityId }, requestPolicy: "cache-and-network" });
  const [editing, setEditing] = useState<TypeRow | "new" | null>(null);
  const [update] = useCommand(UpdateType, (d) => d.updateProjectType);
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
      <DataTable
        aria-label={t("types.title")}
        data-testid="project-types"
        rows={data?.projectTypes.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        rowKey={(x) => x.id}
        columns={[
          { key: "name", header: t("types.name"), render: (x) => x.name },
          { key: "description", header: t("types.typeDescription"), render: (x) => x.description ?? t("none") },
          { key: "count", header: t("types.projectCount"), render: (x) => x.projectCount },
          {
            key: "active",
            header: t("types.active"),
            render: (x) => (
              <Switch
                checked={x.active}
                aria-label={t("types.activeOf", { name: x.name })}
                onChange={(e) => void update({ id: x.id, input: { active: e.currentTarget.checked } }, { success: e.currentTarget.checked ? t("types.activated") : t("types.deactivated") })}
                label={x.active ? <Badge color="green" variant="light">{t("types.inUse")}</Badge> : <Badge color="gray" variant="light">{t("types.inactive")}</Badge>}
              />
            ),
          },
          {
            key: "actions",
            header: t("actions"),
            render: (x) => (
              <Button size="compact-xs" variant="light" onClick={() => setEditing(x)}>
                {t("edit")}
              </Button>
            ),
          },
        ]}
      />
      {editing && <TypeModal communityId={communityId} type={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function TypeModal({ communityId, type, onClose }: { communityId: string; type: TypeRow | null; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [create, creating] = useCommand(CreateType, (d) => d.createProjectType);
  const [update, updating] = useCommand(UpdateType, (d) => d.updateProjectType);
  const form = useForm({
    initialValues: { name: type?.name ?? "", description: type?.description ?? "" },
    validate: { name: (v) => (v.trim() ? null : t("form.required")) },
  });
  const submit = form.onSubmit(async (v) => {
    const done = type
      ? await update({ id: type.id, input: { name: v.name.trim(), description: orNull(v.description) } }, { form, success: t("types.saved") })
      : await create({ input: { communityId, name: v.name.trim(), description: orNull(v.description) } }, { form, success: t("types.created") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={type ? t("types.edit") : t("types.add")} onSubmit={submit} submitting={creating || updating} size="md">
      <TextInput label={t("types.name")} placeholder={t("types.namePlaceholder")} withAsterisk {...form.getInputProps("name")} />
      <Textarea label={t("types.typeDescription")} autosize minRows={2} {...form.getInputProps("description")} />
    </FormModal>
  );
}
