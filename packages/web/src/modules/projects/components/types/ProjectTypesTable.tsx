// 项目类型's table: each type with how many projects it has, whether it is in use, and 编辑. The
// switch and the button follow the row's allowedSteps (ACTIVATE / DEACTIVATE, EDIT).
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../../../ui/DataTable";

export const ProjectTypeRowFields = graphql(`
  fragment ProjectTypeRowFields on ProjectType {
    id
    name
    description
    active
    projectCount
    allowedSteps
  }
`);

export type ProjectTypeRow = ResultOf<typeof ProjectTypeRowFields>;

interface ProjectTypesTableProps {
  types: readonly FragmentOf<typeof ProjectTypeRowFields>[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  onEdit: (type: ProjectTypeRow) => void;
  onActiveChange: (typeId: string, active: boolean) => void;
}

export function ProjectTypesTable({ types, fetching, error, onEdit, onActiveChange }: ProjectTypesTableProps) {
  const { t } = useTranslation("projects");
  return (
    <DataTable
      aria-label={t("types.title")}
      data-testid="project-types"
      rows={types?.map((x) => readFragment(ProjectTypeRowFields, x))}
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
              disabled={!x.allowedSteps.includes(x.active ? "DEACTIVATE" : "ACTIVATE")}
              aria-label={t("types.activeOf", { name: x.name })}
              onChange={(e) => onActiveChange(x.id, e.currentTarget.checked)}
              label={x.active ? <Badge color="green" variant="light">{t("types.inUse")}</Badge> : <Badge color="gray" variant="light">{t("types.inactive")}</Badge>}
            />
          ),
        },
        {
          key: "actions",
          header: t("actions"),
          render: (x) =>
            x.allowedSteps.includes("EDIT") && (
              <Button size="compact-xs" variant="light" onClick={() => onEdit(x)}>
                {t("edit")}
              </Button>
            ),
        },
      ]}
    />
  );
}
