// Dates in forms: <input type="datetime-local"> speaks the reader's clock; the API takes UTC ISO
// instants (DateTime) and calendar days (Date, YYYY-MM-DD).
const pad = (n: number) => String(n).padStart(2, "0");

/** An instant as a datetime-local value in the reader's clock ("2026-11-22T19:30"). */
export function toLocalInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value as a UTC ISO instant; null when it is not a time. */
export function localToIso(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Today in the reader's calendar (YYYY-MM-DD), `days` from now. */
export const localDay = (days = 0) => toLocalInput(new Date(Date.now() + days * 86_400_000)).slice(0, 10);

/** The whole days from now until an instant (0 once it has passed). */
export const daysUntil = (iso: string) => Math.max(0, Math.ceil((new Date(iso).getTime() - Date.now()) / 86_400_000));
