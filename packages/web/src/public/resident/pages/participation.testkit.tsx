// Shared by the participation pages' tests: the signed-in resident (or nobody) answered by msw, a
// connection, a UserError as the server sends it, and opening a path of the public entry.
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { PublicApp } from "../../PublicApp";

export const CODE = "JH-WH-001";
export const COMMUNITY_ID = "Q29tbXVuaXR5OjE=";
export const RESIDENT = { id: "UmVzaWRlbnQ6MQ==", name: "陈阿婆", community: { id: COMMUNITY_ID, code: CODE, name: "直冲村" } };

/** viewer: the signed-in resident, or (signedIn false) an anonymous viewer. */
export const viewer = (signedIn = true) =>
  graphql.query("ResidentViewer", () => HttpResponse.json({ data: { viewer: signedIn ? { kind: "RESIDENT", actingResident: RESIDENT } : { kind: "ANONYMOUS", actingResident: null } } }));

export const connection = <T,>(nodes: T[]) => ({ totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, edges: nodes.map((node) => ({ node })) });

/** A mutation's refusal, as the server answers it: the result union's UserError. */
export const userError = (field: string, code: string, message: string, errField: string | null) => {
  const data: Record<string, unknown> = { [field]: { __typename: "UserError", code, field: errField, message } };
  return HttpResponse.json<{ data: Record<string, unknown> }>({ data });
};

export function open(path: string) {
  window.history.pushState({}, "", path);
  const user = userEvent.setup();
  return { user, ...render(<PublicApp />) };
}
