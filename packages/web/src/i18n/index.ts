// i18next. zh-CN is the default; the choice is kept in localStorage. The shell's Chinese catalog is
// bundled; every other catalog (each capability's namespace, and English) is its own small chunk,
// loaded when a screen first uses it (react-i18next suspends until then) and only in the language
// shown — so the sign-in page carries none of them (issue #13: its first load is size-checked).
import i18next, { type i18n as I18n, type Resource } from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { initReactI18next } from "react-i18next";
import zhCN from "./zh-CN.json";

type Catalog = () => Promise<{ default: Record<string, unknown> }>;
/** Every namespace's catalogs by language: the shell's (`translation`) and each capability's. */
const catalogs: Record<string, Record<string, Catalog>> = {
  translation: { "zh-CN": async () => ({ default: zhCN }), en: () => import("./en.json") },
  deliberation: { "zh-CN": () => import("../modules/deliberation/i18n/zh-CN.json"), en: () => import("../modules/deliberation/i18n/en.json") },
  indicators: { "zh-CN": () => import("../modules/indicators/i18n/zh-CN.json"), en: () => import("../modules/indicators/i18n/en.json") },
  notices: { "zh-CN": () => import("../modules/notices/i18n/zh-CN.json"), en: () => import("../modules/notices/i18n/en.json") },
  points: { "zh-CN": () => import("../modules/points/i18n/zh-CN.json"), en: () => import("../modules/points/i18n/en.json") },
  projects: { "zh-CN": () => import("../modules/projects/i18n/zh-CN.json"), en: () => import("../modules/projects/i18n/en.json") },
  serviceComplex: { "zh-CN": () => import("../modules/service-complex/i18n/zh-CN.json"), en: () => import("../modules/service-complex/i18n/en.json") },
  volunteering: { "zh-CN": () => import("../modules/volunteering/i18n/zh-CN.json"), en: () => import("../modules/volunteering/i18n/en.json") },
};
export const NAMESPACES = Object.keys(catalogs);

export const LANGUAGES = ["zh-CN", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "zh-CN";
export const LANGUAGE_STORAGE_KEY = "gongzhi.language";


const isLanguage = (v: unknown): v is Language => typeof v === "string" && (LANGUAGES as readonly string[]).includes(v);

export function storedLanguage(): Language {
  try {
    const v = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(v) ? v : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/**
 * An i18next instance. `preloaded` catalogs are used as they are (tests pass every catalog, from
 * bundled.ts, so nothing suspends); the others load on first use.
 */
export function createI18n(lng: Language = storedLanguage(), preloaded: Resource = { "zh-CN": { translation: zhCN } }): I18n {
  const instance = i18next.createInstance();
  void instance
    .use(resourcesToBackend((language: string, namespace: string) => catalogs[namespace]?.[language]?.() ?? Promise.reject(new Error(`no catalog ${language}/${namespace}`))))
    .use(initReactI18next)
    .init({
    resources: preloaded,
    partialBundledLanguages: true,
    ns: ["translation"],
    defaultNS: "translation",
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    // Action names such as "resident:viewPii" are keys: ":" is not a namespace separator here.
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  instance.on("languageChanged", (l) => {
    if (typeof document !== "undefined") document.documentElement.lang = l;
  });
  return instance;
}

export function changeLanguage(instance: I18n, lng: Language) {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void instance.changeLanguage(lng);
}

export { isLanguage };
