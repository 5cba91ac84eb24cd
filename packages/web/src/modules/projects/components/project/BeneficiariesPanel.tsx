// The 惠及人数 tab: the project's beneficiaries (loaded when the tab opens); the lead or
// project:manage records them until the project is evaluated.
import { graphql, type FragmentOf } from "@gongzhi/schema";
import { useState } from "react";
import { BeneficiariesCard, ProjectBeneficiariesFields, type Beneficiaries } from "./BeneficiariesCard";
import { SetBeneficiariesModal } from "./SetBeneficiariesModal";
import { TabState } from "./TabState";
import { asProject, useProjectTab, type TabProps } from "./useProjectTab";

const ProjectBeneficiariesQuery = graphql(
  `
    query ProjectBeneficiaries($id: ID!) {
      node(id: $id) {
        __typename
        ... on Project {
          id
          ...ProjectBeneficiariesFields
        }
      }
    }
  `,
  [ProjectBeneficiariesFields],
);

export function BeneficiariesPanel({ projectId }: TabProps) {
  const [editing, setEditing] = useState<{ projectId: string; current: Beneficiaries } | null>(null);
  const { data, fetching, error } = useProjectTab(ProjectBeneficiariesQuery, { id: projectId });
  const project: FragmentOf<typeof ProjectBeneficiariesFields> | null = asProject(data?.node);
  if (!project) return <TabState fetching={fetching} error={error} />;
  return (
    <>
      <BeneficiariesCard project={project} onRecord={(id, current) => setEditing({ projectId: id, current })} />
      {editing && <SetBeneficiariesModal projectId={editing.projectId} current={editing.current} onClose={() => setEditing(null)} />}
    </>
  );
}
