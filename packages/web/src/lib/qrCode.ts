// QR codes drawn in the browser (the `qrcode` package, as data: URLs), one way for every place that
// shows one: an activity's check-in code, a resident's sign-in card, the community's public poster
// (admin app) and a redemption's pickup code (resident side). No React DOM or Mantine here, so the
// residents' public entry can use it too.
import QRCode from "qrcode";
import { useEffect, useState } from "react";

export interface QrOptions {
  /** Error correction: M for a screen or a card, H for a poster that gets scuffed and photographed at an angle. */
  level?: "L" | "M" | "Q" | "H";
  /** Pixels of the image's side. */
  width?: number;
}

/**
 * The QR code of `text` as a data: URL; null while it is drawn (and while a new `text` is drawn:
 * never the previous text's image), `failed` when it could not be drawn.
 */
export function useQrCode(text: string, { level = "M", width = 320 }: QrOptions = {}): { image: string | null; failed: boolean } {
  const [drawn, setDrawn] = useState<{ text: string; image: string | null; failed: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(text, { errorCorrectionLevel: level, margin: 2, width })
      .then((image) => live && setDrawn({ text, image, failed: false }))
      .catch(() => live && setDrawn({ text, image: null, failed: true }));
    return () => {
      live = false;
    };
  }, [text, level, width]);
  return drawn?.text === text ? { image: drawn.image, failed: drawn.failed } : { image: null, failed: false };
}

/**
 * Prints a QR code on a page of its own: a heading, the image and lines of text under it, centred
 * (a small window with the browser's print dialog). Nothing happens when the browser blocks the window.
 */
export function printQrSheet({ title, image, alt, lines, fontSize = 18 }: { title: string; image: string; alt: string; lines: string[]; fontSize?: number }) {
  const w = window.open("", "_blank", "width=480,height=640");
  if (!w) return;
  const doc = w.document;
  doc.title = title;
  const h = doc.createElement("h2");
  h.textContent = title;
  const img = doc.createElement("img");
  img.src = image;
  img.alt = alt;
  const texts = lines.map((line) => {
    const p = doc.createElement("p");
    p.textContent = line;
    return p;
  });
  for (const el of [h, img, ...texts]) {
    const size = el === h || el === img ? "" : `font-size:${fontSize}px;word-break:break-all;`;
    el.setAttribute("style", `display:block;margin:12px auto;text-align:center;font-family:sans-serif;${size}`);
    doc.body.appendChild(el);
  }
  img.onload = () => w.print();
}
