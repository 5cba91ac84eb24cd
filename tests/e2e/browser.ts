// Debian's Chromium driven by playwright-core (no browser download).
import fs from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";

export const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));

export async function launch(): Promise<Browser> {
  if (!CHROMIUM) throw new Error("Chromium not found: install Debian's chromium (apt-get install chromium)");
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** The running product's URL, provided by global-setup.ts. */
export const baseUrl = () => inject("baseUrl");

export async function signIn(page: Page, username: string, password = "Gongzhi@2026") {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}
