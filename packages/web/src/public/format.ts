// Dates and money as residents read them: China time, whatever the phone's zone.
import type { Language } from "./i18n";

const TZ = "Asia/Shanghai";
const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(lng: Language, opts: Intl.DateTimeFormatOptions) {
  const key = lng + JSON.stringify(opts);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(lng, { timeZone: TZ, ...opts })));
  return f;
}

/** 2026年12月7日 / Dec 7, 2026 (a DateTime or a Date "YYYY-MM-DD"). */
export const day = (lng: Language, iso: string) => fmt(lng, { year: "numeric", month: "long", day: "numeric" }).format(new Date(iso.length === 10 ? `${iso}T00:00:00+08:00` : iso));
/** 12月7日 14:30 */
export const dayTime = (lng: Language, iso: string) => fmt(lng, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(iso));

/** ¥1,234.50 from fen. */
export const yuan = (fen: number) => `¥${(fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** What is left of a period: days and hours, or hours and minutes in its last day; null once ended. */
export function remaining(endsAt: string, now: number): { days: number; hours: number; minutes: number } | null {
  const ms = new Date(endsAt).getTime() - now;
  if (ms <= 0) return null;
  const minutes = Math.floor(ms / 60_000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}

/**
 * The server's message as a resident reads it: its messages are "中文 (English)"; in Chinese the
 * English aside is dropped, in English it is kept whole.
 */
export function userMessage(message: string, lng: string): string {
  if (lng === "en") return message;
  const m = /^(.*\S)\s*\([^()]*[A-Za-z][^()]*\)\s*$/.exec(message);
  return m ? m[1]! : message;
}
