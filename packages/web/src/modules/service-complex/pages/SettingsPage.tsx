// 设置: the complex (address, hours), its rooms, its windows and their clerks. For service:manage.
// The page hands the form and lists their commands and forms (the commands refresh them).
import { graphql } from "@gongzhi/schema";
import { Alert, Center, Loader, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { ClerksModal } from "../components/settings/ClerksModal";
import { useCreateComplex, useUpdateComplex } from "../components/settings/commands";
import { ComplexForm, ComplexFormFields } from "../components/settings/ComplexForm";
import { RoomFormModal } from "../components/settings/RoomFormModal";
import { RoomSettingsRow, RoomsPanel } from "../components/settings/RoomsPanel";
import { WindowFormModal } from "../components/settings/WindowFormModal";
import { WindowSettingsRow, WindowsPanel } from "../components/settings/WindowsPanel";

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
  const complexCommands = { create: useCreateComplex(), update: useUpdateComplex() };
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
          <ComplexForm key={complex?.id ?? "new"} communityId={communityId} complex={complex} commands={complexCommands} />
          {complex && (
            <WindowsPanel
              windows={complex.windows}
              edit={(win, onClose) => <WindowFormModal complexId={complex.id} win={win} onClose={onClose} />}
              staff={(staffing, onClose) => <ClerksModal communityId={communityId} {...staffing} onClose={onClose} />}
            />
          )}
          {complex && <RoomsPanel rooms={complex.rooms} edit={(room, onClose) => <RoomFormModal complexId={complex.id} room={room} onClose={onClose} />} />}
        </Stack>
      )}
    </>
  );
}
