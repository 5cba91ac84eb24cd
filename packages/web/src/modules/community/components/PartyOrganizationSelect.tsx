// Pick a party organization of the community.
import { graphql, readFragment } from "@gongzhi/schema";
import { Select, type SelectProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";

export const PartyOrganizationOption = graphql(`
  fragment PartyOrganizationOption on PartyOrganization {
    id
    name
    kind
  }
`);

const PartyOrganizationOptionsQuery = graphql(
  `
    query PartyOrganizationOptions($communityId: ID!) {
      partyOrganizations(communityId: $communityId, first: 100) {
        edges {
          node {
            id
            ...PartyOrganizationOption
          }
        }
      }
    }
  `,
  [PartyOrganizationOption],
);

interface PartyOrganizationSelectProps extends Omit<SelectProps, "data"> {
  communityId: string;
  /** An organization that may not be offered (itself, when choosing a parent). */
  exclude?: string;
}

export function PartyOrganizationSelect({ communityId, exclude, ...props }: PartyOrganizationSelectProps) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: PartyOrganizationOptionsQuery, variables: { communityId } });
  const options = (data?.partyOrganizations.edges ?? [])
    .map((e) => readFragment(PartyOrganizationOption, e.node))
    .filter((o) => o.id !== exclude)
    .map((o) => ({ value: o.id, label: `${o.name} · ${t(`enums.PartyOrganizationKind.${o.kind}`)}` }));
  return <Select searchable clearable data={options} {...props} />;
}
