import { graphql } from "@gongzhi/schema";
import { Button, Group } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useCommand } from "../../../lib/useCommand";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { ApiClientRow, ApiClientsTable } from "./ApiClientsTable";
import { RegisterApiClientModal } from "./RegisterApiClientModal";
import { TokenOnceModal } from "./TokenOnceModal";
import { RevokeApiClientMutation } from "./apiClientCommands";

const ApiClientsQuery = graphql(
  `
    query ApiClients($first: Int, $after: String) {
      apiClients(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...ApiClientRow
          }
        }
      }
    }
  `,
  [ApiClientRow],
);

export function ApiClientsPanel() {
  const { t } = useTranslation();
  const [registering, setRegistering] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const pager = useCursorPaging("apiClients");
  const [{ data, fetching, error }] = useQuery({ query: ApiClientsQuery, variables: pager.variables });
  const [revoke] = useCommand(RevokeApiClientMutation, (d) => d.revokeApiClient);

  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button leftSection={<IconPlus size={16} />} onClick={() => setRegistering(true)}>
          {t("apiClients.register")}
        </Button>
      </Group>
      <ApiClientsTable
        clients={data?.apiClients.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.apiClients.pageInfo }}
        onRevoke={(c) => revoke({ id: c.id }, { success: t("apiClients.revokedMsg") })}
      />
      {registering && (
        <RegisterApiClientModal
          onClose={() => setRegistering(false)}
          onRegistered={(tok) => {
            setRegistering(false);
            setToken(tok);
          }}
        />
      )}
      {token && <TokenOnceModal token={token} onClose={() => setToken(null)} />}
    </>
  );
}
