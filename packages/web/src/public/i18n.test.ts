// The public pages' catalogs: the same keys in zh-CN and en, no empty string, interpolation filled.
import { describe, expect, it } from "vitest";
import { CATALOGS, translator } from "./i18n";

const leafKeys = (obj: Record<string, unknown>, prefix = ""): string[] =>
  Object.entries(obj).flatMap(([k, v]) => (v !== null && typeof v === "object" ? leafKeys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe("public page catalogs", () => {
  it("zh-CN and en have the same keys and no empty string", () => {
    expect(leafKeys(CATALOGS.en).sort()).toEqual(leafKeys(CATALOGS["zh-CN"]).sort());
    for (const lng of ["zh-CN", "en"] as const) for (const k of leafKeys(CATALOGS[lng])) expect(translator(lng)(k), `${lng} ${k}`).not.toBe("");
  });

  it("fills {{variables}} and falls back to the key for an unknown one", () => {
    expect(translator("zh-CN")("notice.objections", { count: 3 })).toBe("收到异议 3 条");
    expect(translator("en")("notice.objections", { count: 3 })).toBe("3 objection(s) received");
    expect(translator("en")("no.such.key")).toBe("no.such.key");
  });
});
