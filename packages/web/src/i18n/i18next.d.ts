import "i18next";
import type deliberation from "../modules/deliberation/i18n/zh-CN.json";
import type indicators from "../modules/indicators/i18n/zh-CN.json";
import type serviceComplex from "../modules/service-complex/i18n/zh-CN.json";
import type notices from "../modules/notices/i18n/zh-CN.json";
import type points from "../modules/points/i18n/zh-CN.json";
import type projects from "../modules/projects/i18n/zh-CN.json";
import type volunteering from "../modules/volunteering/i18n/zh-CN.json";
import type zhCN from "./zh-CN.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof zhCN; deliberation: typeof deliberation; indicators: typeof indicators; notices: typeof notices; serviceComplex: typeof serviceComplex; volunteering: typeof volunteering; points: typeof points; projects: typeof projects };
    nsSeparator: false;
    returnNull: false;
  }
}
