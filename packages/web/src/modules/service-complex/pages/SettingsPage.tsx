// 设置: the complex (address, hours), its rooms, its windows and their clerks. For service:manage.
import { graphql } from "@gongzhi/schema";
import { Alert, Center, Loader, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { ComplexForm, ComplexFormFields } from "../components/settings/ComplexForm";
import { RoomSettingsRow, RoomsPanel } from "../components/settings/RoomsPanel";
import { WindowSettingsRow } from "../components/settings/windowFragments";
import { WindowsPanel } from "../components/settings/WindowsPanel";

export const ComplexSettingsQuery = graphql(
  `
    query ServiceComplexSettings($communityId: ID!) {
      serviceComplex(communityId: $communityId) {
        id
        ...ComplexFormFields
        rooms(includeInactive: true) {
          id
          ...RoomSettingsRow
        }
        windows(includeInactive: true) {
          id
          ...WindowSettingsRow
        }
      }
    }
  `,
  [ComplexFormFields, RoomSettingsRow, WindowSettingsRow],
);

export function SettingsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("serviceComplex");
  const { can } = useCurrentCommunity();
  const [{ data, fetching, error }] = useQuery({ query: ComplexSettingsQuery, variables: { communityId } });
  if (!can("service:manage")) return <Alert color="yellow">{t("settings.noPermission")}</Alert>;
  const complex = data?.serviceComplex ?? null;
  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.subtitle")} />
      <QueryError error={error} />
      {!data && fetching && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {data && (
        <Stack>
          <ComplexForm key={complex?.id ?? "new"} communityId={communityId} complex={complex} />
          {complex && <WindowsPanel communityId={communityId} complexId={complex.id} windows={complex.windows} />}
          {complex && <RoomsPanel complexId={complex.id} rooms={complex.rooms} />}
        </Stack>
      )}
    </>
  );
}
