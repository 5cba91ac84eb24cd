// A router of a few lines (react-router would weigh more than these pages need): the path from
// location, pushState on a link's click, popstate for back and forward.
import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from "react";

const listeners = new Set<() => void>();

export function navigate(path: string, options?: { replace?: boolean }) {
  if (options?.replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  window.scrollTo?.(0, 0);
  listeners.forEach((l) => l());
}

export function usePath() {
  const [path, setPath] = useState(() => location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    listeners.add(update);
    window.addEventListener("popstate", update);
    return () => {
      listeners.delete(update);
      window.removeEventListener("popstate", update);
    };
  }, []);
  return path;
}

export type Route =
  | { page: "community"; code: string; section: string | null }
  | { page: "resident"; code: string; path: string[] }
  | { page: "region"; code: string }
  | { page: "notFound" };

/** The first segments after /c/<code>/ that open the resident side (居民端, signed in), not a public section. */
export const RESIDENT_SEGMENTS = ["signin", "card", "me", "checkin"] as const;

/** /c/<code>[/<section>], /c/<code>/(signin|card|me|checkin)/… (the resident side) and /r/<code>; anything else is not a public page. */
export function route(path: string): Route {
  const parts = path.split("/").filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts[0] === "c" && parts[1] && parts[2] && (RESIDENT_SEGMENTS as readonly string[]).includes(parts[2])) return { page: "resident", code: parts[1], path: parts.slice(2) };
  if (parts[0] === "c" && parts[1] && parts.length <= 3) return { page: "community", code: parts[1], section: parts[2] ?? null };
  if (parts[0] === "r" && parts[1] && parts.length === 2) return { page: "region", code: parts[1] };
  return { page: "notFound" };
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const click = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={click} {...rest} />;
}

export const communityPath = (code: string, section?: string | null) => `/c/${encodeURIComponent(code)}${section ? `/${section}` : ""}`;
export const regionPath = (code: string) => `/r/${encodeURIComponent(code)}`;
/** The resident side's pages: /c/<code>/me, /c/<code>/me/store, /c/<code>/signin?next=… */
export const residentPath = (code: string, ...segments: string[]) => `/c/${encodeURIComponent(code)}/${segments.map(encodeURIComponent).join("/")}`;
