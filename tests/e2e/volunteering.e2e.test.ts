// The volunteering and points journey ("Done means" of issue #4), as it happens: in Chromium the
// village admin publishes an activity whose window holds "now"; residents sign up through an app
// (the fourth waits); staff check two in, they check out by the activity's QR code, a third is
// checked in and out by staff in the browser; the coordinator verifies the hours in the browser
// (approve, adjust with a reason, reject); the points appear in the ledger on the account page;
// a resident redeems through the app with an idempotency key sent twice (one debit, one item);
// a clerk fulfils it by its code in the browser; the ranking page shows the change; a clerk redeems
// for the resident at the counter (a double click debits once) and hands the item over at once.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, CHROMIUM, launch, signIn } from "./browser.js";
import { communityId, signInCookie } from "./service-api.js";
import {
  accountResident,
  ensureVolunteer,
  createReward,
  myBalance,
  ranking,
  redeem,
  redemptionStatus,
  residents,
  rewards,
  scanCheckOut,
  signUp,
  staffCheckIn,
  volunteerApp,
  type RankingRow,
} from "./volunteering-api.js";

const shots = path.resolve(import.meta.dirname, "../.tmp/screenshots");
const runnable = Boolean(CHROMIUM) || process.env.CI === "true";
const H = 3_600_000;
/** Rankings count China months. */
const chinaMonth = () => new Date(Date.now() + 8 * H).toISOString().slice(0, 7);
/** A datetime-local value in China time (the browser runs in Asia/Shanghai). */
const chinaInput = (d: Date) => new Date(d.getTime() + 8 * H).toISOString().slice(0, 16);
/** 志愿服务时长: 10 points per verified hour, prorated by the minute and rounded down (seed). */
const pointsFor = (minutes: number) => Math.floor((minutes * 10) / 60);

describe.skipIf(!runnable)("volunteering and points journey in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let admin: Record<string, string>;
  let community: string;
  let app: Awaited<ReturnType<typeof volunteerApp>>;
  let people: { id: string; name: string }[] = [];
  /** The first resident's place before the journey (net 0 and no account yet when they did not rank this month). */
  let ranked: Pick<RankingRow, "accountId" | "net">;
  let activityId: string;
  let code: string;
  const signUps: { id: string; status: string; waitlistPosition: number | null }[] = [];
  const minutes: number[] = [];
  let awarded = 0;
  let redemption: { id: string; code: string; totalCost: number };
  const month = chinaMonth();
  const title = `村道清洁志愿活动 e2e ${Date.now() % 100_000}`;

  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(shots, `volunteering-${name}.png`), fullPage: true });
  const hoursRow = (name: string) => page.getByTestId("hours-table").getByRole("row").filter({ hasText: name });

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    admin = await signInCookie("zhichong_admin");
    community = await communityId(admin, "直冲村");
    app = await volunteerApp(admin, community);
    // The first resident already ranks this month where the seed gives one (so the ranking page
    // shows the change) and is below the monthly cap of 志愿服务时长; early in a month nobody may rank
    // yet, and then an unranked resident enters the ranking. Three more residents join them.
    const before = await ranking(admin, community, month);
    const names = before.rows.map((r) => r.name);
    let first: { id: string; name: string } | null = null;
    for (const row of before.rows) {
      if (row.awarded > 150 || names.filter((n) => n === row.name).length > 1) continue;
      const account = await accountResident(admin, row.accountId);
      if (account?.resident?.community.id !== community) continue;
      ranked = row;
      first = account.resident;
      break;
    }
    const unranked = (await residents(admin, community)).filter((r) => !names.includes(r.name));
    if (!first) {
      // One whose balance from earlier months covers the two redemptions below.
      const cheapest = Math.min(...(await rewards(admin, community)).filter((r) => r.stock > 1).map((r) => r.cost));
      for (const r of unranked) {
        if (unranked.filter((o) => o.name === r.name).length > 1) continue;
        if (((await myBalance(app.as(r.id), community))?.balance ?? 0) < 2 * cheapest) continue;
        first = r;
        break;
      }
      if (!first) throw new Error("no resident with points for two redemptions");
      ranked = { accountId: "", net: 0 };
    }
    const others = unranked.filter((r) => r.id !== first!.id && r.name !== first!.name).slice(0, 3);
    people = [first, ...others];
    for (const p of people) await ensureVolunteer(app.as(p.id), community);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the admin publishes an activity whose window holds now", async () => {
    await signIn(page, "zhichong_admin");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.goto(`${baseUrl()}/volunteering/activities`);
    await page.getByTestId("activities-table").waitFor();
    await page.getByRole("button", { name: "发布活动" }).click();
    const dialog = page.getByRole("dialog", { name: "发布活动" });
    await dialog.waitFor();
    await dialog.getByLabel("活动名称").fill(title);
    await dialog.getByRole("combobox", { name: "组织队伍" }).click();
    await page.getByRole("option", { name: "环境整治队" }).click();
    await dialog.getByLabel("地点").fill("村委会门前集合");
    const now = Date.now();
    await dialog.getByLabel("开始时间").fill(chinaInput(new Date(now - 2 * H)));
    await dialog.getByLabel("结束时间").fill(chinaInput(new Date(now + H)));
    await dialog.getByLabel("名额").fill("3");
    await dialog.getByRole("combobox", { name: "积分规则" }).click();
    await page.getByRole("option", { name: /志愿服务时长/ }).click();
    await shot(page, "01-create-activity");
    await dialog.getByRole("button", { name: "保存" }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/volunteering/activities/") && u.pathname.length > "/volunteering/activities/".length);
    activityId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    await expect.poll(() => page.getByTestId("activity-status").textContent()).toBe("已发布进行中");
    code = (await page.getByTestId("activity-code").textContent())!.trim();
    expect(code.length).toBeGreaterThan(4);
    await shot(page, "02-activity-published");
  });

  it("residents sign up through the app: three places, the fourth waits", async () => {
    for (const p of people) signUps.push(await signUp(app.as(p.id), activityId));
    expect(signUps.map((s) => s.status)).toEqual(["CONFIRMED", "CONFIRMED", "CONFIRMED", "WAITLISTED"]);
    expect(signUps[3]!.waitlistPosition).toBe(1);
    await page.reload();
    const table = page.getByTestId("signups-table");
    await table.waitFor();
    await expect.poll(() => table.locator("tbody tr").count()).toBe(3);
    await expect.poll(() => page.getByTestId("waitlist-table").getByText("第 1 位").count()).toBe(1);
    expect(await page.getByTestId("waitlist-table").getByText(people[3]!.name).count()).toBe(1);
    expect(await page.getByTestId("activity-places").textContent()).toBe("3/3");
    await shot(page, "03-signups");
  });

  it("two are checked in by staff and check out by the QR code; staff check the third in and out in the browser", async () => {
    const at = new Date(Date.now() - 90 * 60_000);
    for (const i of [0, 1]) {
      await staffCheckIn(admin, signUps[i]!.id, at);
      const out = await scanCheckOut(app.as(people[i]!.id), code);
      expect(out).toMatchObject({ hoursStatus: "PENDING", checkOutMethod: "QR_CODE" });
      expect(out.minutes).toBeGreaterThanOrEqual(89);
      minutes.push(out.minutes);
    }
    await page.reload();
    const row = page.getByTestId("signups-table").getByRole("row").filter({ hasText: people[2]!.name });
    await row.getByRole("button", { name: "代签到" }).click();
    await row.getByRole("button", { name: "代签退" }).click();
    await expect.poll(() => row.getByText("工作人员代签").count()).toBe(2);
    expect(await page.getByTestId("signups-table").getByText("扫码").count()).toBe(2);
    await expect.poll(() => page.getByTestId("hours-table").locator("tbody tr").count()).toBe(3);
    await shot(page, "04-checked-out");
  });

  it("the coordinator verifies the hours in the browser: approve, adjust with a reason, reject", async () => {
    await hoursRow(people[0]!.name).getByRole("button", { name: "核定", exact: true }).click();
    await expect.poll(() => hoursRow(people[0]!.name).getByText("已核定").count()).toBe(1);
    await expect.poll(() => hoursRow(people[0]!.name).getByText(`+${pointsFor(minutes[0]!)}`).count()).toBe(1);

    await hoursRow(people[1]!.name).getByRole("button", { name: "调整" }).click();
    const adjust = page.getByRole("dialog", { name: `调整 ${people[1]!.name} 的工时` });
    await adjust.waitFor();
    // No reason: refused in the browser.
    await adjust.getByLabel("核定分钟数").fill("60");
    await adjust.getByRole("button", { name: "按调整后时长核定" }).click();
    await expect.poll(() => adjust.getByText("请填写理由").count()).toBe(1);
    await adjust.getByLabel("调整理由").fill("提前半小时离场，按 60 分钟核定");
    await adjust.getByRole("button", { name: "按调整后时长核定" }).click();
    await adjust.waitFor({ state: "detached" });
    await expect.poll(() => hoursRow(people[1]!.name).getByText("+10").count()).toBe(1);

    await hoursRow(people[2]!.name).getByRole("button", { name: "不予核定" }).click();
    const reject = page.getByRole("dialog", { name: `不予核定 ${people[2]!.name} 的工时` });
    await reject.getByLabel("理由").fill("签到后未参加服务");
    await reject.getByRole("button", { name: "确认不予核定" }).click();
    await reject.waitFor({ state: "detached" });
    await expect.poll(() => hoursRow(people[2]!.name).getByText("不予核定").count()).toBe(1);
    expect(await page.getByRole("heading", { name: "工时核定（待核定 0）" }).count()).toBe(1);
    awarded = pointsFor(minutes[0]!);
    await shot(page, "05-hours-verified");
  });

  it("the points appear in the ledger on the account page", async () => {
    const account = (await myBalance(app.as(people[0]!.id), community))!;
    const balance = account.balance;
    if (!ranked.accountId) ranked = { accountId: account.id, net: 0 };
    await page.getByRole("tab", { name: "积分账户" }).click();
    await page.getByPlaceholder("搜索姓名").fill(people[0]!.name);
    const accounts = page.getByTestId("accounts-table");
    await expect.poll(() => accounts.getByRole("link", { name: people[0]!.name }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.goto(`${baseUrl()}/volunteering/accounts/${encodeURIComponent(ranked.accountId)}`);
    await expect.poll(() => page.getByTestId("account-balance").textContent()).toBe(String(balance));
    const first = page.getByTestId("ledger-table").locator("tbody tr").first();
    await expect.poll(() => first.textContent()).toContain(`+${awarded}`);
    expect(await first.textContent()).toContain("志愿服务时长");
    expect(await first.textContent()).toContain("加分");
    await shot(page, "06-ledger");
  });

  it("a resident redeems through the app; the same request sent twice debits once", async () => {
    const who = app.as(people[0]!.id);
    const before = (await myBalance(who, community))!.balance;
    const reward = (await rewards(admin, community)).filter((r) => r.stock > 0 && r.cost <= before).sort((a, b) => a.cost - b.cost)[0];
    if (!reward) throw new Error(`no reward within ${before} points`);
    const key = `e2e-${Date.now()}`;
    const once = await redeem(who, reward.id, key);
    const twice = await redeem(who, reward.id, key);
    expect(twice.id).toBe(once.id);
    expect(twice.code).toBe(once.code);
    expect((await myBalance(who, community))!.balance).toBe(before - reward.cost);
    expect((await rewards(admin, community)).find((r) => r.id === reward.id)!.stock).toBe(reward.stock - 1);
    redemption = once;
  });

  it("the clerk fulfils it by its code in the browser", async () => {
    const clerk = await browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    await signIn(clerk, "zhichong_staff");
    await clerk.waitForURL((u) => !u.pathname.startsWith("/login"));
    await clerk.goto(`${baseUrl()}/volunteering/store`);
    const pending = clerk.getByTestId("redemptions-table");
    await expect.poll(() => pending.getByText(people[0]!.name).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // A wrong code is refused on the field.
    await clerk.getByLabel("核销码").fill("ZZZZ-9999");
    await clerk.getByRole("button", { name: "核销", exact: true }).click();
    await expect.poll(async () => (await clerk.getByLabel("核销码").getAttribute("aria-invalid")) === "true").toBe(true);
    await shot(clerk, "07-fulfil-wrong-code");
    await clerk.getByLabel("核销码").fill(redemption.code.toLowerCase());
    await clerk.getByRole("button", { name: "核销", exact: true }).click();
    await expect.poll(() => clerk.getByTestId("fulfil-result").textContent()).toContain(people[0]!.name);
    await expect.poll(async () => (await redemptionStatus(app.as(people[0]!.id))).find((r) => r.id === redemption.id)?.status).toBe("FULFILLED");
    await shot(clerk, "08-fulfilled");
    await clerk.close();
  });

  it("the ranking page shows the change", async () => {
    const after = (await ranking(admin, community, month)).rows.find((r) => r.accountId === ranked.accountId)!;
    expect(after.net).toBe(ranked.net + awarded);
    await page.goto(`${baseUrl()}/volunteering/rankings`);
    const row = page.getByTestId("ranking-table").getByRole("row").filter({ hasText: people[0]!.name });
    await expect.poll(() => row.getByTestId("ranking-net").textContent(), { timeout: 15_000 }).toBe(String(after.net));
    await page.getByTestId("ranking-chart").locator(".recharts-surface").waitFor();
    await page.waitForTimeout(800); // the chart animates in
    await shot(page, "09-ranking");
  });

  it("a clerk redeems for a resident at the counter: a double click debits once, and the item is handed over at once", async () => {
    // The resident with the most points now (the one who redeemed through the app may have spent all of theirs).
    const balances = await Promise.all(people.map(async (p) => ({ p, balance: (await myBalance(app.as(p.id), community))?.balance ?? 0 })));
    const person = balances.sort((a, b) => b.balance - a.balance)[0]!.p;
    const who = app.as(person.id);
    const before = (await myBalance(who, community))!.balance;
    expect(before).toBeGreaterThan(0);
    // A reward within reach whatever the hours paid (the demo store's cheapest may cost more).
    await createReward(admin, community, `纸巾${Date.now().toString().slice(-5)}`, Math.min(before, 5), 10);
    const reward = (await rewards(admin, community)).filter((r) => r.stock > 0 && r.cost <= before).sort((a, b) => a.cost - b.cost)[0];
    if (!reward) throw new Error(`no reward within ${before} points`);
    const clerk = await browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    await signIn(clerk, "zhichong_staff");
    await clerk.waitForURL((u) => !u.pathname.startsWith("/login"));
    await clerk.goto(`${baseUrl()}/volunteering/store`);
    const row = clerk.getByTestId("rewards-table").getByRole("row").filter({ hasText: reward.name }).first();
    await row.getByRole("button", { name: "柜台兑换" }).click();
    const dialog = clerk.getByRole("dialog", { name: `为居民兑换：${reward.name}` });
    const resident = dialog.getByRole("combobox", { name: "居民" });
    await resident.click();
    await resident.fill(person.name);
    await clerk.getByRole("option", { name: new RegExp(`^${person.name}`) }).first().click();
    await expect.poll(() => dialog.getByTestId("redeem-balance").textContent()).toContain(`当前积分 ${before}`);
    await dialog.getByRole("button", { name: "确认兑换" }).dblclick();
    const result = clerk.getByTestId("redeem-result");
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain(`余 ${before - reward.cost} 分`);
    await shot(clerk, "10-counter-redeemed");
    await result.getByRole("button", { name: "立即核销（当场交付）" }).click();
    await expect.poll(() => result.textContent()).toContain("已当场交付");
    expect((await myBalance(who, community))!.balance).toBe(before - reward.cost);
    expect((await rewards(admin, community)).find((r) => r.id === reward.id)!.stock).toBe(reward.stock - 1);
    await clerk.close();
  });
});
