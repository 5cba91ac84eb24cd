// The resident side's small pieces: a mutation's error shown where the action is (no retry button:
// the action's own button tries again), and a notice of success.
import type { ReactNode } from "react";
import { userMessage } from "../format";
import { useT } from "../i18n";
import type { ResidentError } from "./api";

/** The message for a failed action: the server's own words for a refused request, else what went wrong with the network. */
export function useErrorText() {
  const { t, lng } = useT();
  return (error: ResidentError) =>
    error.kind === "user"
      ? userMessage(error.message, lng)
      : error.kind === "timeout"
        ? t("resident.errors.timeout")
        : error.kind === "network"
          ? t("resident.errors.network")
          : error.kind === "unauthenticated"
            ? t("resident.errors.unauthenticated")
            : t("resident.errors.server");
}

export function ErrorNote({ error }: { error: ResidentError | null }) {
  const text = useErrorText();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {text(error)}
    </p>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="form-ok" role="status">
      {children}
    </p>
  );
}
