// The participation pages' part of the resident catalog (topics, objections, tickets, 群众点菜,
// survey: keys under "resident."), registered when their lazily loaded chunk loads, like the
// resident base's own part (catalog.ts); and their stylesheet.
import { registerCatalog } from "../i18n";
import en from "./i18n/participation.en.json";
import zhCN from "./i18n/participation.zh-CN.json";
import "./participation.css";

export const PARTICIPATION_CATALOGS = { "zh-CN": zhCN, en } as const;

registerCatalog("zh-CN", zhCN);
registerCatalog("en", en);
