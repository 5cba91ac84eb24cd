// The foundation journey, as a person does it in Chromium: sign in, switch community, create a resident.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, CHROMIUM, launch, signIn } from "./browser.js";

const shots = path.resolve(import.meta.dirname, "../.tmp/screenshots");
const runnable = Boolean(CHROMIUM) || process.env.CI === "true";
if (!runnable) console.warn("\n⚠ Chromium not found (/usr/bin/chromium): browser tests skipped. apt-get install chromium\n");

describe.skipIf(!runnable)("foundation journey in Chromium", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
    fs.mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("refuses a wrong password with a message under the password field", async () => {
    await signIn(page, "street_admin", "wrong-password");
    await expect.poll(() => page.getByText("用户名或密码错误").count()).toBeGreaterThan(0);
    expect(page.url()).toContain("/login");
  });

  it("signs in as the street admin and lands in Chinese", async () => {
    await signIn(page, "street_admin");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await expect.poll(() => page.getByText("外海街道 管理员 (演示)").count()).toBeGreaterThan(0);
    expect(await page.locator("html").getAttribute("lang")).toMatch(/^zh/);
    await page.screenshot({ path: path.join(shots, "01-signed-in.png") });
  });

  it("switches community to 直冲村", async () => {
    const switcher = page.getByRole("combobox", { name: "切换社区" });
    await switcher.click();
    await switcher.fill("直冲");
    await page.getByRole("option", { name: /直冲村/ }).click();
    await expect.poll(() => switcher.inputValue()).toContain("直冲村");
    await page.screenshot({ path: path.join(shots, "02-switched.png") });
  });

  it("creates a resident, with a validation message first", async () => {
    await page.goto(`${baseUrl()}/residents`);
    const table = page.getByTestId("residents-table");
    await table.waitFor();
    await expect.poll(() => table.locator("tbody tr").count()).toBeGreaterThan(0);

    await page.getByRole("button", { name: "新增居民" }).click();
    await page.getByRole("button", { name: "保存" }).click();
    // An empty name is refused before anything is sent.
    await expect.poll(() => page.getByText(/姓名.*(必填|不能为空)|请输入姓名|不能为空/).count()).toBeGreaterThan(0);

    const name = `测试居民${Date.now().toString().slice(-5)}`;
    await page.getByLabel("姓名", { exact: false }).first().fill(name);
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByPlaceholder("搜索居民").fill(name);
    await expect.poll(() => table.getByText(name).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // Only the new resident matches, and the community did not change on the way.
    await expect.poll(() => table.locator("tbody tr").count()).toBe(1);
    expect(await page.getByRole("combobox", { name: "切换社区" }).inputValue()).toContain("直冲村");
    await page.screenshot({ path: path.join(shots, "03-resident-created.png") });
  });
});
