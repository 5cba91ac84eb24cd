import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { sniff } from "../shared/files/sniff.js";
import { placeholderPng } from "./png.js";

describe("placeholderPng", () => {
  it("builds a PNG whose header, chunks and pixels decode", () => {
    const png = Buffer.from(placeholderPng(4, 3, [200, 30, 30]));
    expect(sniff(png)).toEqual({ mime: "image/png", ext: "png" });
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([4, 3]);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString("ascii")).toBe("IDAT");
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw.length).toBe((4 * 3 + 1) * 3);
    expect([...raw.subarray(1, 4)]).toEqual([200, 30, 30]);
    // The middle row is the lighter band.
    expect(raw[13 + 1]).toBeGreaterThan(200);
    expect(png.subarray(png.length - 8, png.length - 4).toString("ascii")).toBe("IEND");
  });
});
