import { describe, expect, it } from "vitest";
import { UserError } from "../errors.js";
import { checkUpload, sniff, UPLOAD_RULES } from "./sniff.js";

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 ");
const PDF = bytes("%PDF-1.7\n");
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return { code: e.code, field: e.field, message: e.message };
    throw e;
  }
  return null;
};

describe("sniff", () => {
  it("tells JPEG, PNG, WebP and PDF from their first bytes", () => {
    expect(sniff(PNG)).toEqual({ mime: "image/png", ext: "png" });
    expect(sniff(JPEG)).toEqual({ mime: "image/jpeg", ext: "jpg" });
    expect(sniff(WEBP)).toEqual({ mime: "image/webp", ext: "webp" });
    expect(sniff(PDF)).toEqual({ mime: "application/pdf", ext: "pdf" });
  });
  it("knows nothing else, whatever it claims to be", () => {
    expect(sniff(bytes("GIF89a"))).toBeNull();
    expect(sniff(bytes("<svg xmlns="))).toBeNull();
    expect(sniff(bytes("RIFF", [0, 0, 0, 0], "WAVE"))).toBeNull();
    expect(sniff(bytes([0x89, 0x50]))).toBeNull();
    expect(sniff(new Uint8Array())).toBeNull();
  });
});

describe("upload rules", () => {
  it("photos are images up to 5 MB; receipts also PDFs, up to 10 MB", () => {
    expect(checkUpload("PHOTO", PNG, "input.file").mime).toBe("image/png");
    expect(refusal(() => checkUpload("PHOTO", PDF, "input.file"))).toMatchObject({ code: "INVALID", field: "input.file" });
    expect(checkUpload("RECEIPT", PDF, "input.file").ext).toBe("pdf");
    expect(refusal(() => checkUpload("RECEIPT", bytes("hello"), "input.file"))).toMatchObject({ code: "INVALID", field: "input.file" });
    const big = new Uint8Array(UPLOAD_RULES.PHOTO.maxBytes + 1);
    big.set(PNG);
    expect(refusal(() => checkUpload("PHOTO", big, "input.file"))?.message).toMatch(/5 MB/);
    expect(checkUpload("RECEIPT", big, "input.file").mime).toBe("image/png");
    expect(refusal(() => checkUpload("PHOTO", new Uint8Array(), "input.file"))?.message).toMatch(/empty/);
  });
});
