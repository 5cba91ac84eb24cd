// Where an account lands after sign-in: the cockpit of the widest district or street where it may
// read reports, else its community's workbench.
import { Center, Loader } from "@mantine/core";
import { Navigate } from "react-router";
import { useReportScopes } from "../lib/useReportScopes";
import { cockpitPath, WORKBENCH } from "../modules/indicators/paths";

export default function Route() {
  const { scopes, fetching } = useReportScopes();
  if (fetching)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  return <Navigate to={scopes[0] ? cockpitPath(scopes[0].id) : WORKBENCH} replace />;
}
