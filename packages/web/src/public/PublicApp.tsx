// The public pages' shell: the bar with 长辈模式 (large text, remembered) and the language, then
// the page the path names.
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { I18nContext, storedLanguage, storeLanguage, translator, type Language } from "./i18n";
import { CommunityPage, NotFound } from "./pages/Community";
import { RegionPage } from "./pages/Region";
import { Link, residentPath, route, usePath } from "./router";
import { Loading } from "./ui";

/** The resident side (signed in): its own chunk, fetched only when one of its pages opens. */
const ResidentApp = lazy(() => import("./resident/ResidentApp"));

export const ELDER_STORAGE_KEY = "gongzhi.elderMode";

function storedElder() {
  try {
    return localStorage.getItem(ELDER_STORAGE_KEY) === "1";
  } catch {
    return false;
  }
}

export function PublicApp() {
  const [lng, setLng] = useState<Language>(storedLanguage);
  const [elder, setElder] = useState(storedElder);
  const i18n = useMemo(() => ({ lng, t: translator(lng), setLanguage: (l: Language) => (storeLanguage(l), setLng(l)) }), [lng]);
  const { t } = i18n;
  useEffect(() => {
    document.documentElement.lang = lng;
  }, [lng]);
  useEffect(() => {
    document.documentElement.classList.toggle("elder", elder);
    try {
      localStorage.setItem(ELDER_STORAGE_KEY, elder ? "1" : "0");
    } catch {
      // private mode: for this page only
    }
  }, [elder]);
  const r = route(usePath());
  return (
    <I18nContext.Provider value={i18n}>
      <div className="topbar">
        <span className="brand">{t("app.title")}</span>
        <div className="tools">
          {/* The resident pages have 我的 in their own bar. */}
          {r.page === "community" && (
            <Link className="toggle me-link" href={residentPath(r.code, "me")}>
              {t("app.me")}
            </Link>
          )}
          <button type="button" className={elder ? "toggle on" : "toggle"} aria-pressed={elder} onClick={() => setElder((e) => !e)}>
            {elder ? t("app.elderModeOn") : t("app.elderMode")}
          </button>
          <button type="button" className="toggle" lang={lng === "en" ? "zh-CN" : "en"} onClick={() => i18n.setLanguage(lng === "en" ? "zh-CN" : "en")}>
            {t("app.language")}
          </button>
        </div>
      </div>
      {r.page === "community" && <CommunityPage code={r.code} section={r.section} />}
      {r.page === "resident" && (
        <Suspense fallback={<Loading />}>
          <ResidentApp code={r.code} path={r.path} />
        </Suspense>
      )}
      {r.page === "region" && <RegionPage code={r.code} />}
      {r.page === "notFound" && <NotFound />}
      <footer className="footer">{r.page === "resident" ? t("app.residentFooter") : t("app.footer")}</footer>
    </I18nContext.Provider>
  );
}
