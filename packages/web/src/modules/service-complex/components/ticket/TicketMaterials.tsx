// The item's required materials; while RETURNED (returnedMaterials is set), the missing ones stand out.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Alert, List, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

export const TicketMaterialsFields = graphql(`
  fragment TicketMaterialsFields on ServiceTicket {
    id
    returnedMaterials
    item {
      id
      name
      materials
    }
  }
`);

export function TicketMaterials({ ticket }: { ticket: FragmentOf<typeof TicketMaterialsFields> }) {
  const { t } = useTranslation("serviceComplex");
  const x = readFragment(TicketMaterialsFields, ticket);
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {t("ticket.materials")}
      </Title>
      {x.returnedMaterials.length > 0 && (
        <Alert color="grape" variant="light" mb="sm" title={t("ticket.missingMaterials")}>
          <List size="sm">
            {x.returnedMaterials.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {x.item.materials.length ? (
        <List size="sm">
          {x.item.materials.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t("ticket.noMaterials")}
        </Text>
      )}
    </Paper>
  );
}
