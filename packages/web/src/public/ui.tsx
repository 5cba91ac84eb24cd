// The few building blocks of the public pages: a loading line, an error with its retry, a badge.
import type { ReactNode } from "react";
import type { PublicQueryError, QueryState } from "./api";
import { userMessage } from "./format";
import { useT } from "./i18n";

export function Loading() {
  const { t } = useT();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t("app.loading")}
    </p>
  );
}

export function ErrorBox({ error, retry }: { error: PublicQueryError; retry: () => void }) {
  const { t, lng } = useT();
  const message =
    error.kind === "timeout" ? t("app.timeout") : error.kind === "network" ? t("app.offline") : error.kind === "user" ? userMessage(error.message, lng) : error.kind === "unauthenticated" ? t("app.signInFirst") : t("app.serverError");
  return (
    <div className="error" role="alert">
      <p>{message}</p>
      <button type="button" className="button" onClick={retry}>
        {t("app.retry")}
      </button>
    </div>
  );
}

/** Loading, error with retry, or the children with the data: never a blank screen. */
export function Loaded<T>({ state, children }: { state: QueryState<T>; children: (data: T) => ReactNode }) {
  if (state.error) return <ErrorBox error={state.error} retry={state.retry} />;
  if (state.loading || !state.data) return <Loading />;
  return <>{children(state.data)}</>;
}

export function Badge({ tone, children }: { tone: "green" | "blue" | "orange" | "red" | "gray"; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export function Empty() {
  const { t } = useT();
  return <p className="empty">{t("app.empty")}</p>;
}
