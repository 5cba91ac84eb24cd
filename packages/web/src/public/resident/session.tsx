// Who is signed in on the resident side: viewer { kind actingResident } read once (and again after
// sign-in or sign-out), for every resident page. <RequireResident code> guards a page: signed out
// (or signed in for another community) → a "请先登录" panel linking to the sign-in page, which comes
// back here (?next=) afterwards.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useT } from "../i18n";
import { Link, navigate, residentPath } from "../router";
import { ErrorBox, Loading } from "../ui";
import { residentDataChanged, residentRequest, ResidentError, sessionEndedListeners } from "./api";
import { SIGN_OUT, VIEWER, type SignOutData, type ViewerData } from "./queries";

export interface SessionResident {
  id: string;
  name: string;
  communityId: string;
  communityCode: string | null;
  communityName: string;
}

export interface ResidentSession {
  resident: SessionResident | null;
  /** True until the first answer (and while a refresh runs after none came). */
  loading: boolean;
  /** The viewer query failed (network, server): show it with a retry (refresh). */
  error: ResidentError | null;
  /** Read the viewer again (after sign-in); resolves when done. */
  refresh: () => Promise<void>;
  /** signOutResident, then forget the resident; resolves false when the request failed. */
  signOut: (everywhere?: boolean) => Promise<boolean>;
}

const SessionContext = createContext<ResidentSession | null>(null);

/**
 * A hint for the public pages (not a credential: the session is the HttpOnly cookie): the code of the
 * community whose resident last signed in on this phone, so its activities section shows 我的报名
 * without asking the server for every visitor.
 */
export const SIGNED_IN_HINT_KEY = "gongzhi.resident";
function hint(code: string | null) {
  try {
    if (code) localStorage.setItem(SIGNED_IN_HINT_KEY, code);
    else localStorage.removeItem(SIGNED_IN_HINT_KEY);
  } catch {
    // private mode
  }
}

export function useResidentSession(): ResidentSession {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useResidentSession outside ResidentSessionProvider");
  return s;
}

const toResident = (d: ViewerData): SessionResident | null => {
  const r = d.viewer.kind === "RESIDENT" ? d.viewer.actingResident : null;
  return r ? { id: r.id, name: r.name, communityId: r.community.id, communityCode: r.community.code, communityName: r.community.name } : null;
};

export function ResidentSessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ resident: SessionResident | null; loading: boolean; error: ResidentError | null }>({ resident: null, loading: true, error: null });
  const load = useCallback(async (signal?: AbortSignal) => {
    setState((s) => ({ ...s, loading: true, error: null }));
    try {
      const d = await residentRequest<ViewerData>(VIEWER, {}, signal);
      if (signal?.aborted) return;
      const resident = toResident(d);
      hint(resident?.communityCode ?? null);
      setState({ resident, loading: false, error: null });
    } catch (e) {
      if (signal?.aborted) return;
      const error = e instanceof ResidentError ? e : new ResidentError("server", String(e));
      // Not signed in is an answer, not a failure.
      setState(error.kind === "unauthenticated" ? { resident: null, loading: false, error: null } : { resident: null, loading: false, error });
    }
  }, []);
  useEffect(() => {
    const abort = new AbortController();
    void load(abort.signal);
    const ended = () => void load();
    sessionEndedListeners.add(ended);
    return () => {
      abort.abort();
      sessionEndedListeners.delete(ended);
    };
  }, [load]);
  const refresh = useCallback(async () => {
    await load();
    residentDataChanged();
  }, [load]);
  const signOut = useCallback(async (everywhere = false) => {
    try {
      await residentRequest<SignOutData>(SIGN_OUT, { everywhere });
    } catch {
      return false;
    }
    hint(null);
    setState({ resident: null, loading: false, error: null });
    residentDataChanged();
    return true;
  }, []);
  const value = useMemo(() => ({ ...state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The sign-in page's address, coming back to `next` (a path of this site) afterwards. */
export const signInPath = (code: string, next?: string) => `${residentPath(code, "signin")}${next ? `?next=${encodeURIComponent(next)}` : ""}`;

/** `next` from the query string when it is a path of this community's pages; else its 我的 page. */
export function nextPath(code: string, search: string = location.search): string {
  const next = new URLSearchParams(search).get("next");
  const prefix = `/c/${encodeURIComponent(code)}/`;
  return next && next.startsWith(prefix) && !next.startsWith("//") ? next : residentPath(code, "me");
}

/** The children when a resident of this community is signed in; else a panel asking to sign in. */
export function RequireResident({ code, children }: { code: string; children: ReactNode }) {
  const { t } = useT();
  const session = useResidentSession();
  if (session.loading) return <Loading />;
  if (session.error) return <ErrorBox error={session.error} retry={() => void session.refresh()} />;
  const here = `${location.pathname}${location.search}`;
  if (session.resident && session.resident.communityCode === code) return <>{children}</>;
  const other = session.resident;
  return (
    <section className="card signin-needed" aria-labelledby="signin-needed-title">
      <h2 id="signin-needed-title" className="card-title">
        {t("resident.signInNeeded.title")}
      </h2>
      <p>{other ? t("resident.signInNeeded.otherCommunity", { name: other.name, community: other.communityName }) : t("resident.signInNeeded.text")}</p>
      <p>
        <Link className="button wide" href={signInPath(code, here)}>
          {t("resident.signInNeeded.action")}
        </Link>
      </p>
      {other && other.communityCode && (
        <p>
          <button type="button" className="button secondary wide" onClick={() => navigate(residentPath(other.communityCode!, "me"))}>
            {t("resident.signInNeeded.goHome", { community: other.communityName })}
          </button>
        </p>
      )}
    </section>
  );
}
