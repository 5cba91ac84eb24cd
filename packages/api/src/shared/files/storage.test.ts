import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isStorageKey, LocalDiskStorage, newStorageKey } from "./storage.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-storage-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("LocalDiskStorage", () => {
  it("puts, gets and deletes bytes under generated keys inside its directory", async () => {
    const s = new LocalDiskStorage(dir);
    const key = newStorageKey("png");
    expect(isStorageKey(key)).toBe(true);
    await s.put(key, new Uint8Array([1, 2, 3]));
    expect([...((await s.get(key)) ?? [])]).toEqual([1, 2, 3]);
    expect(fs.existsSync(path.join(dir, key.slice(0, 2), key))).toBe(true);
    await s.delete(key);
    expect(await s.get(key)).toBeNull();
    await s.delete(key); // deleting nothing is fine
  });
  it("refuses keys it did not generate (paths, client names)", async () => {
    const s = new LocalDiskStorage(dir);
    for (const key of ["../etc/passwd", "photo.png", "a/b.png", `${newStorageKey("png")}/x`, newStorageKey("png").replace(".png", ".exe")]) {
      expect(isStorageKey(key), key).toBe(false);
      await expect(s.put(key, new Uint8Array([1]))).rejects.toThrow(/invalid storage key/);
      await expect(s.get(key)).rejects.toThrow(/invalid storage key/);
    }
  });
});
