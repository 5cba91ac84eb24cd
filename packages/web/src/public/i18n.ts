// The public pages' own small catalog (zh-CN first, en): a few hundred strings, bundled, with {{name}}
// interpolation — i18next would weigh more than the pages. The language is the admin app's choice
// (the same localStorage key), switchable on every page.
import { createContext, useContext } from "react";
import en from "./i18n/en.json";
import zhCN from "./i18n/zh-CN.json";

export const LANGUAGES = ["zh-CN", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = "gongzhi.language";
export const CATALOGS: Record<Language, Record<string, unknown>> = { "zh-CN": zhCN, en };

export function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return v === "en" ? "en" : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

export function storeLanguage(lng: Language) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/**
 * Add a lazily loaded part of the catalog (the resident side's strings, under "resident.…"): merged
 * into the language's catalog, so t() finds it once the chunk that registers it has loaded.
 */
export function registerCatalog(lng: Language, part: Record<string, unknown>) {
  const merge = (into: Record<string, unknown>, from: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(from)) {
      const there = into[k];
      if (v && typeof v === "object" && there && typeof there === "object") merge(there as Record<string, unknown>, v as Record<string, unknown>);
      else into[k] = v;
    }
  };
  merge(CATALOGS[lng], part);
}

function lookup(catalog: Record<string, unknown>, key: string): string | undefined {
  let v: unknown = catalog;
  for (const part of key.split(".")) v = v && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined;
  return typeof v === "string" ? v : undefined;
}

export type T = (key: string, vars?: Record<string, string | number>) => string;

/** t(key, vars): the string in `lng` (else zh-CN, else the key itself), {{var}} filled in. */
export function translator(lng: Language): T {
  return (key, vars) => {
    const s = lookup(CATALOGS[lng], key) ?? lookup(CATALOGS["zh-CN"], key) ?? key;
    return vars ? s.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(vars[name] ?? "")) : s;
  };
}

export const I18nContext = createContext<{ lng: Language; t: T; setLanguage: (l: Language) => void }>({ lng: "zh-CN", t: translator("zh-CN"), setLanguage: () => {} });
export const useT = () => useContext(I18nContext);
