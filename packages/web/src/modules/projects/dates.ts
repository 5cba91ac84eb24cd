// Calendar days (Date, YYYY-MM-DD) are China days: the API counts overdue milestones by the China
// calendar, so "today" in forms is today in China (UTC+8).
const DAY = 86_400_000;

/** Today in China (YYYY-MM-DD), `days` from now. */
export const chinaDay = (days = 0, now = Date.now()) => new Date(now + 8 * 3_600_000 + days * DAY).toISOString().slice(0, 10);

/** Days from a to b (YYYY-MM-DD). */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

export const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
