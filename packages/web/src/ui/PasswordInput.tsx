// Mantine's PasswordInput with the visibility toggle labelled from the catalog.
import { PasswordInput as MantinePasswordInput, type PasswordInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function PasswordInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <MantinePasswordInput visibilityToggleButtonProps={{ "aria-label": t("common.togglePasswordVisibility") }} {...props} />;
}
