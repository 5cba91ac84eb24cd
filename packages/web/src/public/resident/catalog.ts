// The resident side's strings (keys under "resident."), in this lazily loaded chunk rather than the
// public pages' first load: registered into the public catalog when the chunk loads. A later part
// (another page group's strings) adds its own JSON files here the same way.
import { registerCatalog } from "../i18n";
import en from "./i18n/en.json";
import zhCN from "./i18n/zh-CN.json";

export const RESIDENT_CATALOGS = { "zh-CN": zhCN, en } as const;

registerCatalog("zh-CN", zhCN);
registerCatalog("en", en);
