// The resident side (居民端, issue #14): /c/<code>/(signin|card|me|checkin)/…, loaded lazily from
// PublicApp (its own chunk with its catalog part, stylesheet and the QR library), so the public
// pages' first load stays small. Dispatches on the path after the community's code.
import { useEffect } from "react";
import { usePublicQuery } from "../api";
import { useT } from "../i18n";
import { COMMUNITY, type CommunityData } from "../queries";
import { communityPath, Link, residentPath } from "../router";
import { NotFound } from "../pages/Community";
import "./catalog";
import { ResidentSessionProvider, useResidentSession } from "./session";
import { SignInPage, CardSignInPage } from "./pages/SignIn";
import { MePage } from "./pages/Me";
import { StorePage } from "./pages/Store";
import { RedemptionsPage } from "./pages/Redemptions";
import { MyActivitiesPage } from "./pages/MyActivities";
import { CheckInPage } from "./pages/CheckIn";
import { TopicsPage } from "./pages/Topics";
import { MyObjectionsPage, ObjectionPage } from "./pages/Objections";
import { TicketsPage } from "./pages/Tickets";
import { RequestsPage } from "./pages/Requests";
import { SurveyPage } from "./pages/Survey";
import "./resident.css";

export default function ResidentApp({ code, path }: { code: string; path: string[] }) {
  return (
    <ResidentSessionProvider>
      <ResidentShell code={code} path={path} />
    </ResidentSessionProvider>
  );
}

function ResidentShell({ code, path }: { code: string; path: string[] }) {
  const { t } = useT();
  const session = useResidentSession();
  // The community's name for the way back (the public, cached query; the code until it comes).
  const community = usePublicQuery<CommunityData>(COMMUNITY, { code }).data?.publicCommunity;
  const name = community?.name ?? (session.resident?.communityCode === code ? session.resident.communityName : code);
  useEffect(() => {
    document.title = `${t("resident.title")} · ${t("app.title")}`;
  }, [t]);
  return (
    <>
      <nav className="resident-bar" aria-label={t("resident.title")}>
        <Link href={communityPath(code)}>{t("resident.backToBoard", { community: name })}</Link>
        {path[0] !== "me" || path.length > 1 ? <Link href={residentPath(code, "me")}>{t("resident.me.title")}</Link> : null}
      </nav>
      <main className="section resident">
        <ResidentPage code={code} path={path} />
      </main>
    </>
  );
}

function ResidentPage({ code, path }: { code: string; path: string[] }) {
  const [first, second, ...rest] = path;
  const only = (n: number) => path.length === n;
  switch (first) {
    case "signin":
      if (only(1)) return <SignInPage code={code} />;
      break;
    case "card":
      if (second && only(2)) return <CardSignInPage code={code} token={second} />;
      break;
    case "checkin":
      if (second && only(2)) return <CheckInPage code={code} checkInCode={second} />;
      break;
    case "me":
      switch (second ?? "") {
        case "":
          return <MePage code={code} />;
        case "store":
          if (only(2)) return <StorePage code={code} />;
          break;
        case "redemptions":
          if (only(2)) return <RedemptionsPage code={code} />;
          break;
        case "activities":
          if (only(2)) return <MyActivitiesPage code={code} />;
          break;
        case "topics":
          if (only(2)) return <TopicsPage code={code} />;
          break;
        case "objections":
          if (only(2)) return <MyObjectionsPage code={code} />;
          if (only(3)) return <ObjectionPage code={code} noticeId={rest[0]!} />;
          break;
        case "tickets":
          if (only(2)) return <TicketsPage code={code} />;
          break;
        case "requests":
          if (only(2)) return <RequestsPage code={code} />;
          break;
        case "survey":
          if (only(3)) return <SurveyPage code={code} projectId={rest[0]!} />;
          break;
      }
      break;
  }
  void rest;
  return <NotFound />;
}
