// i18next with the two bundled catalogs. zh-CN is the default; the choice is kept in localStorage.
import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import deliberationEn from "../modules/deliberation/i18n/en.json";
import deliberationZh from "../modules/deliberation/i18n/zh-CN.json";
import serviceComplexEn from "../modules/service-complex/i18n/en.json";
import serviceComplexZh from "../modules/service-complex/i18n/zh-CN.json";
import noticesEn from "../modules/notices/i18n/en.json";
import noticesZh from "../modules/notices/i18n/zh-CN.json";
import pointsEn from "../modules/points/i18n/en.json";
import pointsZh from "../modules/points/i18n/zh-CN.json";
import projectsEn from "../modules/projects/i18n/en.json";
import projectsZh from "../modules/projects/i18n/zh-CN.json";
import volunteeringEn from "../modules/volunteering/i18n/en.json";
import volunteeringZh from "../modules/volunteering/i18n/zh-CN.json";
import en from "./en.json";
import zhCN from "./zh-CN.json";

export const LANGUAGES = ["zh-CN", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "zh-CN";
export const LANGUAGE_STORAGE_KEY = "gongzhi.language";

/** The shell's catalog is the default namespace; each capability has its own (useTranslation("deliberation")). */
export const resources = {
  "zh-CN": { translation: zhCN, deliberation: deliberationZh, notices: noticesZh, serviceComplex: serviceComplexZh, volunteering: volunteeringZh, points: pointsZh, projects: projectsZh },
  en: { translation: en, deliberation: deliberationEn, notices: noticesEn, serviceComplex: serviceComplexEn, volunteering: volunteeringEn, points: pointsEn, projects: projectsEn },
} as const;
export const NAMESPACES = Object.keys(resources["zh-CN"]) as (keyof (typeof resources)["zh-CN"])[];

const isLanguage = (v: unknown): v is Language => typeof v === "string" && (LANGUAGES as readonly string[]).includes(v);

export function storedLanguage(): Language {
  try {
    const v = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(v) ? v : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** A ready i18next instance (synchronous: the catalogs are bundled). */
export function createI18n(lng: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    ns: NAMESPACES,
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
