// Requests and measurements of `pnpm bench:load`: autocannon runs, answer comparison, sign-in.
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";

export const DEMO_PASSWORD = "Gongzhi@2026"; // the demo accounts' and seed:scale's bench accounts' password

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Signs in at a Gongzhi server's /graphql; the session cookie ("gz_session=…"). */
export async function signIn(graphqlUrl: string, username: string): Promise<string> {
  const res = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($i: SignInInput!) { signIn(input: $i) { __typename ... on UserError { message } } }`,
      variables: { i: { username, password: DEMO_PASSWORD } },
    }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("gz_session="));
  if (!session) throw new Error(`signing in as ${username} failed: ${await res.text()}`);
  return session.split(";")[0]!;
}

/** The first path where two JSON values differ, for the error message. */
export function firstDifference(a: unknown, b: unknown, at = "data", names = ["Gongzhi", "baseline"]): string {
  if (isDeepStrictEqual(a, b)) return "";
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`, names);
      if (d) return d;
    }
  }
  return `${at}: ${names[0]} ${JSON.stringify(a)?.slice(0, 300)} ≠ ${names[1]} ${JSON.stringify(b)?.slice(0, 300)}`;
}

/**
 * Describe what an answer holds: per list field, the items of all its lists (whatever their order,
 * so two databases seeded alike but for their uuids describe the same), so an empty operation shows.
 */
export function shape(v: unknown): string {
  const counts = new Map<string, number>();
  const walk = (x: unknown, key: string) => {
    if (Array.isArray(x)) {
      counts.set(key, (counts.get(key) ?? 0) + x.length);
      x.forEach((y) => walk(y, key));
    } else if (x && typeof x === "object") for (const [k, y] of Object.entries(x)) walk(y, k);
  };
  walk(v, "data");
  return [...counts].map(([k, n]) => `${k}:${n}`).join(" ") || "no lists";
}

export interface Run {
  rps: number;
  p99: number;
  errors: number;
}

export async function cannon(url: string, headers: Record<string, string>, body: (i: number) => string, seconds: number, connections: number): Promise<Run> {
  let i = 0;
  // GraphQL answers errors with status 200: an answer carrying "errors" counts as an error too.
  let failed = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: "POST",
    headers,
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: body(++i) }),
        onResponse: (status, resBody) => {
          if (status === 200 && resBody.includes('"errors"')) failed++;
        },
      },
    ],
  });
  return { rps: result.requests.total / (result.duration || seconds), p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx + failed };
}
