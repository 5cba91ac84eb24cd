import { describe, expect, it } from "vitest";
import { FREE_ATTEMPTS, lockoutMs } from "./throttle.js";
import { hashPassword, verifyPassword } from "./password.js";

describe("sign-in throttling", () => {
  it("lets the first attempts through, then doubles the wait up to 15 minutes", () => {
    expect(lockoutMs(FREE_ATTEMPTS - 1)).toBe(0);
    expect(lockoutMs(FREE_ATTEMPTS)).toBe(30_000);
    expect(lockoutMs(FREE_ATTEMPTS + 1)).toBe(60_000);
    expect(lockoutMs(FREE_ATTEMPTS + 20)).toBe(15 * 60_000);
  });
});

describe("passwords", () => {
  it("are hashed with argon2id and verified", async () => {
    const h = await hashPassword("correct horse");
    expect(h.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(h, "correct horse")).toBe(true);
    expect(await verifyPassword(h, "wrong")).toBe(false);
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});
