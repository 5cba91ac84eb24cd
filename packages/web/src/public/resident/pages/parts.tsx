// Small pieces the participation pages share: a page head, the 1–5 score picker, a text area field,
// a "load more" list of pages, and the sign-in-or-here guard with the participation catalog loaded.
import { useState, type ReactNode } from "react";
import { useT } from "../../i18n";
import "../participation";

export function PageHead({ title, intro }: { title: string; intro?: string }) {
  return (
    <header>
      <h1 className="section-title">{title}</h1>
      {intro && <p className="intro">{intro}</p>}
    </header>
  );
}

/** 1 (很不满意) … 5 (非常满意): five big radio buttons. */
export function ScorePicker({ name, value, onChange, legend, invalid }: { name: string; value: number | null; onChange: (v: number) => void; legend: string; invalid?: boolean }) {
  const { t } = useT();
  return (
    <fieldset className="scores" aria-invalid={invalid || undefined}>
      <legend>{legend}</legend>
      {[1, 2, 3, 4, 5].map((s) => (
        <label key={s} className={value === s ? "on" : undefined}>
          <input type="radio" name={name} value={s} checked={value === s} onChange={() => onChange(s)} />
          <span>{s}</span>
          <small>{t(`resident.score.${s}`)}</small>
        </label>
      ))}
    </fieldset>
  );
}

export function TextArea({ label, value, onChange, hint, invalid, maxLength, rows }: { label: string; value: string; onChange: (v: string) => void; hint?: string; invalid?: boolean; maxLength?: number; rows?: number }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      {hint && <span className="field-hint">{hint}</span>}
      <textarea value={value} rows={rows ?? 4} maxLength={maxLength} aria-invalid={invalid || undefined} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

/** Pages of a connection one after another: `page(after, last, onMore)` renders one page. */
export function Paged({ page }: { page: (after: string | null, last: boolean, onMore: (cursor: string) => void) => ReactNode }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return <>{cursors.map((after, i) => <PagedItem key={after ?? "first"}>{page(after, i === cursors.length - 1, (c) => setCursors((cs) => [...cs, c]))}</PagedItem>)}</>;
}
const PagedItem = ({ children }: { children: ReactNode }) => <>{children}</>;

export function MoreButton({ onClick }: { onClick: () => void }) {
  const { t } = useT();
  return (
    <button type="button" className="button secondary wide" onClick={onClick}>
      {t("app.more")}
    </button>
  );
}
