// Screens behind sign-in: anyone who is not a signed-in account goes to /login.
import { Center, Loader } from "@mantine/core";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { QueryError } from "../../../ui/QueryError";
import { useViewer } from "../hooks/useViewer";

export function RequireAccount({ children }: { children: ReactNode }) {
  const { viewer, fetching, error } = useViewer();
  const location = useLocation();
  if (!viewer && fetching)
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  if (!viewer && error) return <QueryError error={error} />;
  if (viewer?.kind !== "ACCOUNT") return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return children;
}
