// Pick a grid of the community (forms and filters).
import { graphql, readFragment } from "@gongzhi/schema";
import { Select, type SelectProps } from "@mantine/core";
import { useQuery } from "urql";

export const GridOption = graphql(`
  fragment GridOption on Grid {
    id
    name
  }
`);

const GridOptionsQuery = graphql(
  `
    query GridOptions($communityId: ID!) {
      grids(communityId: $communityId, first: 100) {
        edges {
          node {
            id
            ...GridOption
          }
        }
      }
    }
  `,
  [GridOption],
);

export function GridSelect({ communityId, ...props }: { communityId: string } & Omit<SelectProps, "data">) {
  const [{ data }] = useQuery({ query: GridOptionsQuery, variables: { communityId } });
  const options = (data?.grids.edges ?? []).map((e) => {
    const g = readFragment(GridOption, e.node);
    return { value: g.id, label: g.name };
  });
  return <Select searchable clearable data={options} {...props} />;
}
