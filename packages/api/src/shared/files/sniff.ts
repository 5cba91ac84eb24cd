// What an upload really is, from its first bytes (magic numbers), never from the client's name or
// declared type; and the limits per kind of file.
import { UserError } from "../errors.js";
import type { StorageExtension } from "./storage.js";

export type SniffedMime = "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
export interface Sniffed {
  mime: SniffedMime;
  ext: StorageExtension;
}

const startsWith = (b: Uint8Array, sig: number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The type of the bytes, or null when they are none of JPEG, PNG, WebP or PDF. */
export function sniff(bytes: Uint8Array): Sniffed | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", ext: "png" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return { mime: "image/webp", ext: "webp" };
  if (startsWith(bytes, ascii("%PDF-"))) return { mime: "application/pdf", ext: "pdf" };
  return null;
}

const MB = 1024 * 1024;
const IMAGES: SniffedMime[] = ["image/jpeg", "image/png", "image/webp"];

/** Limits per kind: photos are images up to 5 MB; receipts are images or PDFs up to 10 MB. */
export const UPLOAD_RULES = {
  PHOTO: { maxBytes: 5 * MB, types: IMAGES, label: "照片", accepted: "JPEG/PNG/WebP" },
  RECEIPT: { maxBytes: 10 * MB, types: [...IMAGES, "application/pdf"] as SniffedMime[], label: "票据", accepted: "JPEG/PNG/WebP/PDF" },
} as const;
export type UploadKind = keyof typeof UPLOAD_RULES;

/** The size a file may not exceed, checked before its bytes are read. INVALID on `field` when over. */
export function checkSize(kind: UploadKind, size: number, field: string) {
  const rule = UPLOAD_RULES[kind];
  if (size === 0) throw new UserError("INVALID", `${rule.label}文件为空 (the file is empty)`, field);
  if (size > rule.maxBytes) {
    throw new UserError("INVALID", `${rule.label}不能超过${rule.maxBytes / MB} MB (file too large: ${size} bytes, at most ${rule.maxBytes})`, field);
  }
}

/** Check size and type of an upload's bytes; INVALID on `field` when refused. Returns the sniffed type. */
export function checkUpload(kind: UploadKind, bytes: Uint8Array, field: string): Sniffed {
  checkSize(kind, bytes.length, field);
  const rule = UPLOAD_RULES[kind];
  const type = sniff(bytes);
  if (!type || !rule.types.includes(type.mime)) {
    throw new UserError("INVALID", `${rule.label}须为${rule.accepted}格式 (unsupported file type: only ${rule.accepted}, checked from the file's content)`, field);
  }
  return type;
}
