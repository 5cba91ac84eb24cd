// Username and password; the server's UserError appears under the field it names.
import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { PasswordInput } from "../../../ui/PasswordInput";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../lib/useCommand";
import { SignInMutation } from "./authCommands";

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [rateLimited, setRateLimited] = useState(false);
  const form = useForm({
    initialValues: { username: "", password: "" },
    validate: {
      username: (v) => (v.trim() ? null : t("errors.required")),
      password: (v) => (v ? null : t("errors.required")),
    },
  });
  const [signIn, fetching] = useCommand(SignInMutation, (d) => d.signIn);

  const submit = form.onSubmit(async (values) => {
    setRateLimited(false);
    const account = await signIn({ input: values }, { form, onUserError: (e) => setRateLimited(e.code === "RATE_LIMITED") });
    if (account) onSignedIn();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {rateLimited && (
          <Alert color="orange" role="alert">
            {t("login.rateLimited")}
          </Alert>
        )}
        <TextInput label={t("login.username")} autoComplete="username" {...form.getInputProps("username")} />
        <PasswordInput label={t("login.password")} autoComplete="current-password" {...form.getInputProps("password")} />
        <Button type="submit" loading={fetching} fullWidth>
          {t("login.submit")}
        </Button>
      </Stack>
    </form>
  );
}
