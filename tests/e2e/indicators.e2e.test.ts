// The cockpit and the workbench (issue #15), as people use them in Chromium: the district admin
// lands on the 江海区 cockpit, sees the communities grouped by street, drills into 直冲村 and
// exports the Excel; 直冲村's secretary lands on the workbench and follows a count to its list.
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, launch, signIn } from "./browser.js";

const shots = path.resolve(import.meta.dirname, "../.tmp/screenshots");
const runnable = Boolean(CHROMIUM) || process.env.CI === "true";

describe.skipIf(!runnable)("cockpit and workbench in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
    fs.mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("district_admin lands on the 江海区 cockpit, grouped by 外海/礼乐/江南, drills into 直冲村 and exports the Excel", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "zh-CN", acceptDownloads: true });
    await signIn(page, "district_admin");
    await page.waitForURL((u) => u.pathname.startsWith("/cockpit/"));
    await page.getByRole("heading", { name: "指标驾驶舱" }).waitFor();
    await page.getByText(/^江海区 · /).first().waitFor();
    const table = page.getByTestId("community-table");
    await table.waitFor();
    const streets = (await table.getByTestId("street-row").allTextContents()).sort();
    expect(streets).toEqual(["外海街道", "江南街道", "礼乐街道"].sort());
    expect(await table.getByTestId("subtotal-row").count()).toBe(3);
    expect(await table.getByTestId("community-row").count()).toBe(63);
    await page.getByTestId("trend-service").waitFor();
    await page.screenshot({ path: path.join(shots, "indicators-01-district-cockpit.png") });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 Excel" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^1\+2\+N指标-江海区-\d{4}-\d{2}\.xlsx$/);
    const file = await download.path();
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    await table.getByRole("link", { name: "直冲村", exact: true }).click();
    await page.getByText(/^直冲村 · /).first().waitFor();
    await page.getByRole("button", { name: "进入该社区工作台" }).waitFor();
    expect(await page.getByRole("link", { name: "外海街道" }).count()).toBe(1);
    await page.screenshot({ path: path.join(shots, "indicators-02-zhichong-cockpit.png") });
    await page.close();
  });

  it("zhichong_admin lands on the workbench, and a count opens its list with the filter on", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
    await signIn(page, "zhichong_admin");
    await page.waitForURL((u) => u.pathname === "/workbench");
    await page.getByRole("heading", { name: "社区工作台" }).waitFor();
    const items = page.getByTestId("workbench-items");
    await items.waitFor();
    expect(await items.getByRole("link").count()).toBe(12);
    await page.screenshot({ path: path.join(shots, "indicators-03-workbench.png"), fullPage: true });
    await items.getByRole("link", { name: /^超期办件 \d+$/ }).click();
    await page.waitForURL((u) => u.pathname === "/service-complex/queue" && u.searchParams.get("due") === "overdue");
    await page.getByRole("radio", { name: "已超期", checked: true }).waitFor({ state: "attached" });
    await page.close();
  });
});
