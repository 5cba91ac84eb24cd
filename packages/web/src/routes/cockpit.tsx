// 驾驶舱: /cockpit/:id is the cockpit of a district, street or community; /cockpit alone opens the
// widest area the viewer may read, else the current community.
import { Alert, Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate, useParams } from "react-router";
import { useCurrentCommunity } from "../modules/community/hooks/useCurrentCommunity";
import { useReportScopes } from "../lib/useReportScopes";
import { CockpitPage } from "../modules/indicators/pages/CockpitPage";
import { cockpitPath } from "../modules/indicators/paths";

export default function Route() {
  const { id } = useParams();
  return id ? <CockpitPage key={id} nodeId={id} /> : <DefaultCockpit />;
}

function DefaultCockpit() {
  const { t } = useTranslation("indicators");
  const { scopes, fetching } = useReportScopes();
  const { communityId } = useCurrentCommunity();
  if (fetching)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  const target = scopes[0]?.id ?? communityId;
  if (target) return <Navigate to={cockpitPath(target)} replace />;
  return (
    <Alert color="yellow" title={t("cockpit.noScope")}>
      {t("cockpit.noScopeHint")}
    </Alert>
  );
}
