// A modal holding one form: the fields, then 取消 and 保存.
import { Button, Group, Modal, Stack } from "@mantine/core";
import type { FormEventHandler, ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface FormModalProps {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitting?: boolean;
  submitLabel?: ReactNode;
  size?: string;
  children: ReactNode;
}

export function FormModal({ opened, onClose, title, onSubmit, submitting, submitLabel, size = "lg", children }: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} closeButtonProps={{ "aria-label": t("common.close") }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {children}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={submitting}>
              {submitLabel ?? t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
