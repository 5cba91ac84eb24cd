import sdl from "@gongzhi/schema/schema.graphql?raw";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import zhCN from "./zh-CN.json";
import { resources } from "./bundled";
import { createI18n, NAMESPACES } from "./index";

/** Every leaf key of a nested catalog, dotted. */
function leafKeys(obj: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v !== null && typeof v === "object" ? leafKeys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("capability catalogs (namespaces)", () => {
  it("the app loads every namespace on demand that the tests bundle", async () => {
    expect([...NAMESPACES].sort()).toEqual(Object.keys(resources["zh-CN"]).sort());
    // Nothing preloaded: each namespace arrives through the on-demand loader, in both languages.
    const i18n = createI18n("en", {});
    await i18n.loadLanguages(["zh-CN", "en"]);
    await i18n.loadNamespaces(NAMESPACES);
    for (const lng of ["zh-CN", "en"] as const) for (const ns of NAMESPACES) expect(i18n.getResourceBundle(lng, ns), `${lng}/${ns}`).toEqual(resources[lng][ns as keyof (typeof resources)["zh-CN"]]);
  });

  it("every namespace has the same keys in zh-CN and en, and no empty string", () => {
    for (const ns of Object.keys(resources["zh-CN"]) as (keyof (typeof resources)["zh-CN"])[]) {
      const zh = leafKeys(resources["zh-CN"][ns] as Record<string, unknown>).sort();
      const english = leafKeys(resources.en[ns] as Record<string, unknown>).sort();
      expect(english, ns).toEqual(zh);
      expect(zh.length, ns).toBeGreaterThan(0);
    }
  });
});

describe("i18n catalogs", () => {
  it("zh-CN and en have exactly the same keys", () => {
    const zh = leafKeys(zhCN).sort();
    const english = leafKeys(en).sort();
    expect(zh.filter((k) => !english.includes(k))).toEqual([]);
    expect(english.filter((k) => !zh.includes(k))).toEqual([]);
    expect(zh.length).toBeGreaterThan(100);
  });

  it("has no empty strings", () => {
    const empty = (cat: Record<string, unknown>) =>
      leafKeys(cat).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], cat) === "");
    expect(empty(zhCN)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it("uses the same interpolation variables in both languages", () => {
    const value = (cat: Record<string, unknown>, k: string) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], cat) as string;
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const k of leafKeys(zhCN)) expect(vars(value(en, k)), k).toEqual(vars(value(zhCN, k)));
  });

  it("names every value of the contract's enums", () => {
    // enum Name { """doc""" VALUE ... } in the printed schema
    const enums = new Map(
      [...sdl.replace(/"""[\s\S]*?"""/g, "").matchAll(/enum (\w+) \{([^}]*)\}/g)].map((m) => [m[1]!, m[2]!.split(/\s+/).filter(Boolean).sort()]),
    );
    const named = ["Role", "CommunityKind", "Registration", "Gender", "SocialOrganizationCategory", "PartyOrganizationKind", "UserErrorCode", "RegionKind"] as const;
    for (const name of named) {
      expect(enums.get(name), name).toBeDefined();
      expect(Object.keys(zhCN.enums[name]).sort(), name).toEqual(enums.get(name));
    }
  });
});
