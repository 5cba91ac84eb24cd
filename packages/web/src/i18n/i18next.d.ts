import "i18next";
import type zhCN from "./zh-CN.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof zhCN };
    nsSeparator: false;
    returnNull: false;
  }
}
