// 扫码签到: the activity's check-in URL (checkInUrl: the resident side's page
// /c/<community code>/checkin/<code>) drawn as a QR code, big enough to print and post at the
// activity. A volunteer scans it with the phone's camera; the page, signed in as the resident, sends
// the code to checkInToVolunteerActivity / checkOutOfVolunteerActivity. The bare code is shown too
// (for residents' apps that take it typed in).
import { Alert, Button, Center, Code, Group, Image, Loader, Modal, Stack, Text } from "@mantine/core";
import { IconPrinter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { printQrSheet, useQrCode } from "../../../../lib/qrCode";

/** The address a QR code holds: the API's checkInUrl (a path unless PUBLIC_URL is configured: put it on this origin), else the bare code. */
export const checkInTarget = (code: string, url: string | null | undefined) => (url ? (url.startsWith("/") ? `${window.location.origin}${url}` : url) : code);

export function QrCodeModal({ code, url, title, onClose }: { code: string; url?: string | null; title: string; onClose: () => void }) {
  const { t } = useTranslation("volunteering");
  const target = checkInTarget(code, url);
  const { image, failed } = useQrCode(target);

  const print = () => {
    if (image) printQrSheet({ title, image, alt: t("activity.qrAlt"), lines: [t("activity.qrPrintHint")], fontSize: 16 });
  };

  return (
    <Modal opened onClose={onClose} title={t("activity.qrTitle")} size="md" centered>
      <Stack align="center" gap="sm">
        <Text fw={600} ta="center">
          {title}
        </Text>
        {failed ? (
          <Alert color="red">{t("activity.qrFailed")}</Alert>
        ) : image ? (
          <Image src={image} alt={t("activity.qrAlt")} w={320} h={320} data-testid="activity-qr" />
        ) : (
          <Center h={320}>
            <Loader />
          </Center>
        )}
        <Code>{code}</Code>
        {target !== code && (
          <Text size="xs" c="dimmed" ta="center" style={{ wordBreak: "break-all" }} data-testid="activity-qr-url">
            {target}
          </Text>
        )}
        <Text size="xs" c="dimmed" ta="center">
          {t("activity.qrPrintHint")}
        </Text>
        <Group>
          <Button leftSection={<IconPrinter size={16} />} onClick={print} disabled={!image}>
            {t("activity.qrPrint")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
