// The residents' front door in Chromium at 390×844, as a villager who scanned the poster: open
// 直冲村's public page without signing in, read a 公示 (its period, status and objections), switch
// to 长辈模式; the page fits the phone's width; the public reads are cacheable GETs.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, CHROMIUM, launch } from "./browser.js";

const shots = path.resolve(import.meta.dirname, "../.tmp/screenshots");
const runnable = Boolean(CHROMIUM) || process.env.CI === "true";

/** 直冲村's code, found as a third-party app would: the district JH's public page lists it. */
async function zhichongCode(): Promise<string> {
  const query = `query { publicRegion(code: "JH") { streets { communities { name code } } } }`;
  const res = await fetch(`${baseUrl()}/graphql?query=${encodeURIComponent(query)}`);
  const body = (await res.json()) as { data: { publicRegion: { streets: { communities: { name: string; code: string }[] }[] } } };
  const c = body.data.publicRegion.streets.flatMap((s) => s.communities).find((x) => x.name === "直冲村");
  if (!c) throw new Error("直冲村 is not listed under JH");
  return c.code;
}

describe.skipIf(!runnable)("居民公开栏 in Chromium at 390×844", () => {
  let browser: Browser;
  let page: Page;
  let code: string;

  beforeAll(async () => {
    browser = await launch();
    // A fresh context: no cookies, nobody signed in.
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "zh-CN" });
    fs.mkdirSync(shots, { recursive: true });
    code = await zhichongCode();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens /c/<code of 直冲村> without signing in and reads a 公示", async () => {
    const graphqlMethods: string[] = [];
    page.on("request", (r) => r.url().includes("/graphql") && graphqlMethods.push(r.method()));
    await page.goto(`${baseUrl()}/c/${encodeURIComponent(code)}`);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "直冲村" }).count()).toBe(1);
    expect(page.url()).not.toContain("/login");
    const first = page.getByRole("article").first();
    await first.waitFor();
    await expect.poll(() => first.getByText(/公示期：.+至.+（\d+天）/).count()).toBe(1);
    expect(await first.locator(".badge").first().innerText()).toMatch(/公示中|已生效|期满，异议待答复|异议成立|已撤回/);
    expect(await first.getByText(/收到异议|未收到异议/).count()).toBe(1);
    await first.getByText("查看公示全文").click();
    expect((await first.locator(".content").innerText()).length).toBeGreaterThan(10);
    // It fits the phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(graphqlMethods.length).toBeGreaterThan(0);
    expect(graphqlMethods.every((m) => m === "GET")).toBe(true);
    await page.screenshot({ path: path.join(shots, "public-01-notices.png"), fullPage: false });
  });

  it("switches to 长辈模式 (larger text), remembered on the next visit", async () => {
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector(".card-title")!).fontSize));
    await page.getByRole("button", { name: "长辈模式" }).click();
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector(".card-title")!).fontSize));
    expect(after).toBeGreaterThan(before * 1.3);
    await page.reload();
    await page.getByRole("article").first().waitFor();
    expect(await page.getByRole("button", { name: "长辈模式：已开" }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(shots, "public-02-elder.png") });
  });

  it("answers the same public read from the cache: ETag, Cache-Control, then 304", async () => {
    const q = `query PublicCommunity($code: String!) { publicCommunity(code: $code) { name } }`;
    const u = `${baseUrl()}/graphql?query=${encodeURIComponent(q)}&variables=${encodeURIComponent(JSON.stringify({ code }))}`;
    const a = await fetch(u);
    expect(a.status).toBe(200);
    expect(a.headers.get("cache-control")).toMatch(/public, max-age=60/);
    const etag = a.headers.get("etag")!;
    expect(etag).toBeTruthy();
    const b = await fetch(u, { headers: { "if-none-match": etag } });
    expect(b.status).toBe(304);
  });
});
