// The new app's bearer token, shown this once, with a copy button.
import { Alert, Button, Code, CopyButton, Group, Modal, Stack } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

export function TokenOnceModal({ token, onClose }: { token: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t("apiClients.tokenTitle")} size="lg" closeOnClickOutside={false} closeButtonProps={{ "aria-label": t("common.close") }}>
      <Stack>
        <Alert color="orange">{t("apiClients.tokenOnce")}</Alert>
        <Code block data-testid="api-client-token" style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}>
          {token}
        </Code>
        <Group justify="flex-end">
          <CopyButton value={token}>
            {({ copied, copy }) => (
              <Button variant="light" color={copied ? "green" : undefined} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
                {copied ? t("common.copied") : t("apiClients.copyToken")}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>{t("apiClients.done")}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
