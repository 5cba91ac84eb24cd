// The real HTTP server (Fastify hosting yoga) under malformed and hostile requests.
import http from "node:http";
import net from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer } from "@gongzhi/api/src/server.js";
import { createTestKit, type TestKit } from "../api/testkit.js";

let kit: TestKit;
let app: Awaited<ReturnType<typeof createHttpServer>>;
let base: string;
let port: number;
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-web-"));

/** Send raw bytes over a socket and return the status code of the answer (0 if none). */
export function raw(p: number, text: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(p, "127.0.0.1");
    let data = "";
    socket.setTimeout(5000, () => socket.destroy());
    socket.on("data", (d) => (data += d.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.end(text);
  });
}

beforeAll(async () => {
  fs.mkdirSync(path.join(webDist, "assets"));
  fs.writeFileSync(path.join(webDist, "index.html"), "<!doctype html><title>共治</title>");
  fs.writeFileSync(path.join(webDist, "public.html"), "<!doctype html><title>居民公开栏</title>");
  fs.writeFileSync(path.join(webDist, "assets", "app-1.js"), "console.log(1)");
  fs.writeFileSync(path.join(webDist, "assets", "app-1.js.map"), "{}");
  kit = await createTestKit();
  app = await createHttpServer(kit.prisma, { webDist, logger: false, corsOrigins: ["http://app.example"] });
  await app.listen({ port: 0, host: "127.0.0.1" });
  port = (app.server.address() as net.AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await app?.close();
  await kit?.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

describe("malformed requests get a 4xx and the server keeps serving", () => {
  it("a malformed percent-escape in the path answers 400, then /healthz answers 200", async () => {
    expect(await raw(port, "GET /%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).toBe(400);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("a cookie with a malformed percent-escape does not break /graphql", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: "other=%ZZ" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("a JSON body over 1 MB is refused with 413", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", variables: { x: "a".repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it("invalid JSON answers 400 without originalError", async () => {
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/originalError|stack/);
  });

  it("GET /graphql with variables that are not JSON answers 400 naming them (yoga alone answered 500)", async () => {
    const res = await fetch(`${base}/graphql?query=%7B__typename%7D&variables=%ZZ`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: "variables" });
    expect((await fetch(`${base}/graphql?query=%7B__typename%7D&variables=%7B%7D`, { headers: { accept: "application/json" } })).status).toBe(200);
  });

  it("an urlencoded POST is refused with 415", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://evil.example" },
      body: "query=mutation%7BsignOut%7D",
    });
    expect(res.status).toBe(415);
  });
});

describe("the built SPA", () => {
  it("serves index.html for client routes, assets with immutable cache, and never source maps", async () => {
    const page = await fetch(`${base}/projects/123`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("共治");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    const asset = await fetch(`${base}/assets/app-1.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await fetch(`${base}/assets/app-1.js.map`)).status).toBe(404);
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/files/nope`)).status).toBe(404);
  });

  it("serves index.html at / to a client that accepts no compression (curl, a health checker)", async () => {
    const plain = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      http
        .get(`${base}/`, { headers: {} }, (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode!, body }));
        })
        .on("error", reject);
    });
    expect(plain.status).toBe(200);
    expect(plain.body).toContain("共治");
  });

  it("serves the public entry (public.html) for /c/<code> and /r/<code>, the admin app for the rest", async () => {
    for (const url of ["/c/440703-ZC-001", "/c/440703-ZC-001/projects", "/r/440703", `/c/${encodeURIComponent("直冲村")}`]) {
      const page = await fetch(`${base}${url}`);
      expect(page.status, url).toBe(200);
      expect(await page.text(), url).toContain("居民公开栏");
      expect(page.headers.get("cache-control"), url).toBe("no-cache");
    }
    for (const url of ["/c", "/c/", "/communities/1", "/residents"]) expect(await (await fetch(`${base}${url}`)).text(), url).not.toContain("居民公开栏");
  });
});

describe("CSRF and CORS", () => {
  const signOut = "mutation { signOut }";
  it("a multipart signOut from evil.example without the CSRF header is refused", async () => {
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: signOut }));
    form.set("map", "{}");
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { origin: "http://evil.example" }, body: form });
    expect(res.status).toBe(403);
  });

  it("a text/plain POST without the header is refused", async () => {
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "text/plain", origin: "http://evil.example" }, body: JSON.stringify({ query: signOut }) });
    expect(res.status).toBe(403);
  });

  it("JSON with the CSRF header works, and a bearer client works without it", async () => {
    const ok = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", "x-gongzhi-csrf": "1" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(ok.status).toBe(200);
    const bearer = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer nope" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(bearer.status).not.toBe(403);
  });

  it("an unlisted Origin is not reflected; a configured one is, with credentials", async () => {
    const evil = await fetch(`${base}/graphql`, { method: "OPTIONS", headers: { origin: "http://evil.example", "access-control-request-method": "POST" } });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    const good = await fetch(`${base}/graphql`, { method: "OPTIONS", headers: { origin: "http://app.example", "access-control-request-method": "POST" } });
    expect(good.headers.get("access-control-allow-origin")).toBe("http://app.example");
    expect(good.headers.get("access-control-allow-credentials")).toBe("true");
  });
});
