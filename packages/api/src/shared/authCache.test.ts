// The session cache's own rules (the database side: tests/api/authCache.test.ts and
// tests/hostile/authCache.test.ts).
import { describe, expect, it } from "vitest";
import { AuthCache, type AccountActor } from "./authCache.js";

const actor = (accountId: string): AccountActor => ({ kind: "account", accountId, sessionId: `s-${accountId}`, grants: [] });
const now = new Date("2026-12-06T10:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const inADay = later(86_400_000);

function live() {
  const c = new AuthCache();
  c.setLive(true);
  return c;
}

describe("AuthCache", () => {
  it("keeps nothing and serves nothing until its listener is live", () => {
    const c = new AuthCache();
    c.set("t", actor("a"), inADay, c.generation(), now);
    expect(c.get("t", now)).toBeUndefined();
    c.setLive(true);
    c.set("t", actor("a"), inADay, c.generation(), now);
    expect(c.get("t", now)?.accountId).toBe("a");
    // Lost: everything kept is dropped, and nothing is served.
    c.setLive(false);
    expect(c.get("t", now)).toBeUndefined();
    c.setLive(true);
    expect(c.get("t", now)).toBeUndefined();
  });

  it("does not keep a read that a notification overtook", () => {
    const c = live();
    const generation = c.generation(); // the request starts reading the database …
    c.invalidate("b"); // … a change (of anyone) is announced meanwhile …
    c.set("t", actor("a"), inADay, generation, now); // … so what it read is not kept
    expect(c.get("t", now)).toBeUndefined();
    c.set("t", actor("a"), inADay, c.generation(), now);
    expect(c.get("t", now)).toBeDefined();
  });

  it("forgets an account's sessions on its notification, everyone's on '*'", () => {
    const c = live();
    for (const [t, a] of [["t1", "a"], ["t2", "a"], ["t3", "b"]] as const) c.set(t, actor(a), inADay, c.generation(), now);
    c.invalidate("a");
    expect([c.get("t1", now), c.get("t2", now), c.get("t3", now)?.accountId]).toEqual([undefined, undefined, "b"]);
    c.invalidate("*");
    expect(c.get("t3", now)).toBeUndefined();
  });

  it("serves an entry until the session expires, and at most a minute", () => {
    const c = live();
    c.set("short", actor("a"), later(5_000), c.generation(), now);
    c.set("long", actor("b"), inADay, c.generation(), now);
    expect(c.get("short", later(4_999))).toBeDefined();
    expect(c.get("short", later(5_000))).toBeUndefined();
    expect(c.get("long", later(59_999))).toBeDefined();
    expect(c.get("long", later(60_000))).toBeUndefined();
  });

  it("tells a served actor from one read for the request", () => {
    const c = live();
    const a = actor("a");
    c.set("t", a, inADay, c.generation(), now);
    expect(c.isKept(a)).toBe(false);
    expect(c.isKept(c.get("t", now)!)).toBe(true);
  });

  it("lets a command wait for its notification, and not longer than its timeout", async () => {
    const c = live();
    c.set("t", actor("a"), inADay, c.generation(), now);
    let told = false;
    const waiting = c.expect("a").then(() => (told = true));
    expect(c.get("t", now)).toBeUndefined(); // dropped here at once
    await Promise.resolve();
    expect(told).toBe(false);
    c.invalidate("a");
    await waiting;
    expect(told).toBe(true);
    const started = performance.now();
    await c.expect("nobody-tells", 30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    // Not live: nothing to wait for.
    c.setLive(false);
    await expect(c.expect("a", 10_000)).resolves.toBeUndefined();
  });
});
