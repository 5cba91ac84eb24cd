// The clerk and window choices of 分派: the complex's windows and the clerks who staff them.
import { graphql } from "@gongzhi/schema";
import { Select, SimpleGrid } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";

const AssignOptionsQuery = graphql(`
  query TicketAssignOptions($communityId: ID!) {
    serviceComplex(communityId: $communityId) {
      id
      windows {
        id
        name
        number
        clerks {
          id
          displayName
        }
      }
    }
  }
`);

export function AssignFields<V extends { assigneeId: string | null; windowId: string | null }>({ communityId, form }: { communityId: string; form: UseFormReturnType<V> }) {
  const { t } = useTranslation("serviceComplex");
  const [{ data }] = useQuery({ query: AssignOptionsQuery, variables: { communityId } });
  const windows = data?.serviceComplex?.windows ?? [];
  const clerks = new Map(windows.flatMap((w) => w.clerks.map((c) => [c.id, c.displayName] as const)));
  return (
    <SimpleGrid cols={2}>
      <Select
        label={t("steps.ASSIGN.assignee")}
        clearable
        searchable
        data={[...clerks].map(([value, label]) => ({ value, label }))}
        {...form.getInputProps("assigneeId")}
      />
      <Select
        label={t("steps.ASSIGN.window")}
        clearable
        data={windows.map((w) => ({ value: w.id, label: w.number ? `${w.number} · ${w.name}` : w.name }))}
        {...form.getInputProps("windowId")}
      />
    </SimpleGrid>
  );
}
