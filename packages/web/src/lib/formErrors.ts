// The one mapping of a server UserError onto a form: each issue's dotted input path
// ("input.phone", "password", "newPassword") is matched against the form's field names.
import type { FieldIssue, UserErrorData } from "./userError";

export interface ErrorTarget {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

/** "input.phone" → "phone" when the form has a phone field; "password" → "password". */
export function formFieldOf(path: string | null | undefined, fields: readonly string[]): string | null {
  if (!path) return null;
  const withoutArgument = path.includes(".") ? path.slice(path.indexOf(".") + 1) : path;
  for (const candidate of [path, withoutArgument]) if (fields.includes(candidate)) return candidate;
  return null;
}

/** Sets the form's field errors from the UserError; returns the issues no field could show. */
export function applyUserError(form: ErrorTarget, error: UserErrorData): FieldIssue[] {
  const fields = Object.keys(form.getValues());
  const issues: FieldIssue[] = error.issues.length > 0 ? error.issues : [{ field: error.field, message: error.message, code: error.code }];
  const errors: Record<string, string> = {};
  const unmapped: FieldIssue[] = [];
  for (const issue of issues) {
    const field = formFieldOf(issue.field, fields);
    if (field === null) unmapped.push(issue);
    else errors[field] ??= issue.message;
  }
  form.setErrors(errors);
  return unmapped;
}
