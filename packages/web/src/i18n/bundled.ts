// Every catalog, statically imported: for tests (synchronous i18n, catalog parity). The app never
// imports this file; it loads capability catalogs on demand (index.ts).
import type { Resource } from "i18next";
import deliberationEn from "../modules/deliberation/i18n/en.json";
import deliberationZh from "../modules/deliberation/i18n/zh-CN.json";
import indicatorsEn from "../modules/indicators/i18n/en.json";
import indicatorsZh from "../modules/indicators/i18n/zh-CN.json";
import noticesEn from "../modules/notices/i18n/en.json";
import noticesZh from "../modules/notices/i18n/zh-CN.json";
import pointsEn from "../modules/points/i18n/en.json";
import pointsZh from "../modules/points/i18n/zh-CN.json";
import projectsEn from "../modules/projects/i18n/en.json";
import projectsZh from "../modules/projects/i18n/zh-CN.json";
import serviceComplexEn from "../modules/service-complex/i18n/en.json";
import serviceComplexZh from "../modules/service-complex/i18n/zh-CN.json";
import volunteeringEn from "../modules/volunteering/i18n/en.json";
import volunteeringZh from "../modules/volunteering/i18n/zh-CN.json";
import en from "./en.json";
import zhCN from "./zh-CN.json";

export const resources = {
  "zh-CN": { translation: zhCN, deliberation: deliberationZh, indicators: indicatorsZh, notices: noticesZh, serviceComplex: serviceComplexZh, volunteering: volunteeringZh, points: pointsZh, projects: projectsZh },
  en: { translation: en, deliberation: deliberationEn, indicators: indicatorsEn, notices: noticesEn, serviceComplex: serviceComplexEn, volunteering: volunteeringEn, points: pointsEn, projects: projectsEn },
} as const satisfies Resource;
