// 公开栏海报: the community's public page (/c/<code>, the residents' 居民公开栏) as a QR code, and an
// A4 poster to print and post at the village gate, the service centre, the notice board. The QR
// library is the one the activity check-in code uses (volunteering/QrCodeModal).
import { Alert, Anchor, Button, Center, Group, Image, Loader, Modal, Stack, Text } from "@mantine/core";
import { IconPrinter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useQrCode } from "../../../lib/qrCode";

/** The public page's address on this server. */
export const publicPageUrl = (code: string, origin = window.location.origin) => `${origin}/c/${encodeURIComponent(code)}`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export interface PosterText {
  title: string;
  subtitle: string;
  sections: string;
  scan: string;
  place: string;
}

/** The poster as a document of its own: one A4 page (print stylesheet), the QR code 110 mm wide. */
export function posterHtml(text: PosterText, qrDataUrl: string, url: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(text.title)}</title><style>
@page { size: A4 portrait; margin: 12mm; }
* { box-sizing: border-box; }
html, body { margin: 0; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1b1b1b; }
.poster { width: 186mm; min-height: 270mm; margin: 0 auto; border: 3mm solid #b3261e; padding: 12mm 10mm; display: flex; flex-direction: column; align-items: center; text-align: center; }
h1 { font-size: 30pt; margin: 0 0 4mm; color: #b3261e; }
.subtitle { font-size: 18pt; margin: 0 0 6mm; }
.sections { font-size: 13pt; margin: 0 0 8mm; color: #333; }
img { width: 110mm; height: 110mm; image-rendering: pixelated; }
.scan { font-size: 20pt; font-weight: 700; margin: 6mm 0 3mm; }
.url { font-size: 11pt; font-family: monospace; word-break: break-all; margin: 0 0 8mm; }
.place { margin-top: auto; font-size: 12pt; color: #333; }
@media screen { body { background: #eee; padding: 8mm 0; } .poster { background: #fff; } }
</style></head><body><div class="poster">
<h1>${escapeHtml(text.title)}</h1>
<p class="subtitle">${escapeHtml(text.subtitle)}</p>
<p class="sections">${escapeHtml(text.sections)}</p>
<img src="${qrDataUrl}" alt="${escapeHtml(url)}">
<p class="scan">${escapeHtml(text.scan)}</p>
<p class="url">${escapeHtml(url)}</p>
<p class="place">${escapeHtml(text.place)}</p>
</div></body></html>`;
}

export function PublicPosterModal({ community, onClose }: { community: { name: string; code: string; streetName: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const url = publicPageUrl(community.code);
  // High error correction: a printed poster gets scuffed, rained on and photographed at an angle.
  const { image, failed } = useQrCode(url, { level: "H", width: 640 });

  const print = () => {
    if (!image) return;
    const w = window.open("", "_blank", "width=820,height=1100");
    if (!w) return;
    const text: PosterText = {
      title: t("poster.heading", { name: community.name }),
      subtitle: t("poster.subtitle"),
      sections: t("poster.sections"),
      scan: t("poster.scan"),
      place: t("poster.place", { street: community.streetName, name: community.name }),
    };
    w.document.open();
    w.document.write(posterHtml(text, image, url));
    w.document.close();
    const img = w.document.querySelector("img");
    const go = () => w.print();
    if (img && !img.complete) img.onload = go;
    else go();
  };

  return (
    <Modal opened onClose={onClose} title={t("poster.title")} size="md" centered>
      <Stack align="center" gap="sm">
        <Text fw={600} ta="center">
          {t("poster.heading", { name: community.name })}
        </Text>
        {failed ? (
          <Alert color="red">{t("poster.failed")}</Alert>
        ) : image ? (
          <Image src={image} alt={t("poster.qrAlt")} w={280} h={280} data-testid="public-poster-qr" />
        ) : (
          <Center h={280}>
            <Loader />
          </Center>
        )}
        <Anchor href={url} target="_blank" rel="noreferrer" size="sm" style={{ wordBreak: "break-all" }}>
          {url}
        </Anchor>
        <Text size="xs" c="dimmed" ta="center">
          {t("poster.hint")}
        </Text>
        <Group>
          <Button leftSection={<IconPrinter size={16} />} onClick={print} disabled={!image}>
            {t("poster.print")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
