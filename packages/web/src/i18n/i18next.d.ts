import "i18next";
import type deliberation from "../modules/deliberation/i18n/zh-CN.json";
import type serviceComplex from "../modules/service-complex/i18n/zh-CN.json";
import type zhCN from "./zh-CN.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof zhCN; deliberation: typeof deliberation; serviceComplex: typeof serviceComplex };
    nsSeparator: false;
    returnNull: false;
  }
}
