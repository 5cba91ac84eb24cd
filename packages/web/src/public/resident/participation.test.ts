// The participation pages' catalog part: the same keys in zh-CN and en, all under "resident.", none
// empty; every literal key the pages ask for is in it (or in the public catalog); registered on load.
import { describe, expect, it } from "vitest";
import { CATALOGS, translator } from "../i18n";
import { PARTICIPATION_CATALOGS } from "./participation";

const leafKeys = (obj: Record<string, unknown>, prefix = ""): string[] =>
  Object.entries(obj).flatMap(([k, v]) => (v !== null && typeof v === "object" ? leafKeys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
const has = (cat: Record<string, unknown>, key: string) => typeof key.split(".").reduce<unknown>((o, p) => (o && typeof o === "object" ? (o as Record<string, unknown>)[p] : undefined), cat) === "string";

describe("participation catalog part", () => {
  it("zh-CN and en have the same keys, all under resident., none empty", () => {
    const zh = leafKeys(PARTICIPATION_CATALOGS["zh-CN"]);
    expect(leafKeys(PARTICIPATION_CATALOGS.en).sort()).toEqual([...zh].sort());
    for (const k of zh) expect(k.startsWith("resident."), k).toBe(true);
    for (const lng of ["zh-CN", "en"] as const) for (const k of zh) expect(translator(lng)(k), `${lng} ${k}`).not.toBe("");
  });

  it("holds every literal key the pages use (registered into the public catalog)", () => {
    const files = import.meta.glob<string>(["./pages/{Topics,Objections,Tickets,Requests,Survey,parts}.tsx"], { query: "?raw", import: "default", eager: true });
    const sources = Object.values(files);
    const keys = new Set(sources.flatMap((s) => [...s.matchAll(/\bt\("([a-zA-Z.]+)"/g)].map((m) => m[1]!)));
    expect(keys.size).toBeGreaterThan(50);
    for (const lng of ["zh-CN", "en"] as const) for (const k of keys) expect(has(CATALOGS[lng], k), `${lng} ${k}`).toBe(true);
  });
});
