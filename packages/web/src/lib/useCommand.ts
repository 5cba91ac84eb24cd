// The one way to run a mutation: execute it, tell the user how it went (a notification on
// success, field errors on the form, a notification for anything no field can show) and return
// the Success data or null.
import { notifications } from "@mantine/notifications";
import type { AnyVariables, DocumentInput } from "@urql/core";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { applyUserError, type ErrorTarget } from "./formErrors";
import { isUserError, type CommandPayload, type UserErrorPayload } from "./userError";

export interface CommandOptions {
  /** Shown as a notification on success (from the catalog). */
  success?: string;
  /** Server issues are shown under the form's fields. */
  form?: ErrorTarget;
  /** Called with the UserError after it has been shown. */
  onUserError?: (error: UserErrorPayload) => void;
  /** The caller shows the UserError itself (e.g. a list of spreadsheet rows): no notification. */
  silent?: boolean;
}

export function useCommand<Data, Variables extends AnyVariables, T>(document: DocumentInput<Data, Variables>, pick: (data: Data) => CommandPayload<T>) {
  const { t } = useTranslation();
  const [state, execute] = useMutation<Data, Variables>(document);

  const run = useCallback(
    async (variables: Variables, options: CommandOptions = {}): Promise<T | null> => {
      const result = await execute(variables);
      if (result.error || !result.data) {
        notifications.show({ color: "red", title: t("errors.title"), message: result.error?.graphQLErrors[0]?.message ?? t("errors.network") });
        return null;
      }
      const payload = pick(result.data);
      if (isUserError(payload)) {
        const unmapped = options.form ? applyUserError(options.form, payload) : payload.issues;
        if (!options.silent && (!options.form || unmapped.length > 0)) {
          const messages = unmapped.length > 0 ? unmapped.map((i) => i.message) : [payload.message];
          notifications.show({ color: "red", title: t(`enums.UserErrorCode.${payload.code}`), message: [...new Set(messages)].join("；") });
        }
        options.onUserError?.(payload);
        return null;
      }
      if (options.success) notifications.show({ color: "green", message: options.success });
      return payload.data;
    },
    [execute, pick, t],
  );

  return [run, state.fetching] as const;
}
