// China keeps one time zone, UTC+8, with no daylight saving: "today", a due day, an accounting month
// and a committee member's first day are all China calendar days. Times are stored in UTC.
export const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The China calendar day (YYYY-MM-DD) of an instant. */
export const chinaDay = (at: Date): string => new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
