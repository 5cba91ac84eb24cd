// Ask before acting (revoke, disable). The trigger is a small button unless one is given.
import { Button, Group, Modal, Text, type ButtonProps } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface ConfirmButtonProps extends ButtonProps {
  /** The modal's title, and the default trigger's label. */
  children: ReactNode;
  question: ReactNode;
  onConfirm: () => Promise<unknown> | void;
  /** A custom trigger (e.g. an icon on a badge). */
  trigger?: (open: () => void) => ReactNode;
}

export function ConfirmButton({ question, onConfirm, children, trigger, ...buttonProps }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      {trigger ? (
        trigger(open)
      ) : (
        <Button size="xs" variant="light" {...buttonProps} onClick={open}>
          {children}
        </Button>
      )}
      <Modal opened={opened} onClose={close} title={children} size="sm" closeButtonProps={{ "aria-label": t("common.close") }}>
        <Text mb="md">{question}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("common.cancel")}
          </Button>
          <Button
            color={buttonProps.color ?? "red"}
            onClick={() => {
              close();
              void onConfirm();
            }}
          >
            {t("common.confirm")}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
