// The residents' front door ("Done means" of issue #14), in Chromium: residents on phones (390×844)
// and staff at desks, against the real product.
// 1. A villager opens 直冲村's poster URL (/c/<code>) without signing in and reads a 公示.
// 2. Wants to object to it: the resident side asks to sign in; a one-time code goes to 13900000001
//    through the development provider, and the clerk (zhichong_staff) reads it from the admin app's
//    短信记录 page, as they would to an elderly resident at the counter.
// 3. The resident raises the objection; the clerk answers it in the admin app (公示); the resident
//    sees the answer on their objection page and on the public board.
// 4. The clerk publishes an activity whose window holds now in the admin app and shows its QR code;
//    the resident signs up on 志愿活动报名, checks in and out by opening the URL the QR code holds;
//    the clerk, as coordinator, verifies the hours in the admin app (adjusted with a reason: in and
//    out a minute apart earn no points); the resident sees the points on 我的, redeems them in the
//    积分超市 and shows the pickup code; the clerk hands the item over by that code (积分超市 核销).
// 5. A neighbour's topic, co-signed through a residents' app (the API, set up here) up to three
//    short of the committee's threshold; residents 13900000001–3 each sign in on their own phone
//    and co-sign it in the browser, the third reaching the threshold; the committee (zhichong_admin,
//    书记) sees it 可审查 on the topic board.
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, CHROMIUM, launch, signIn } from "./browser.js";
import { communityId, gql, signInCookie, success } from "./service-api.js";

const shots = path.resolve(import.meta.dirname, "../.tmp/screenshots");
const runnable = Boolean(CHROMIUM) || process.env.CI === "true";
const H = 3_600_000;
const PHONES = ["13900000001", "13900000002", "13900000003"] as const;
const stamp = Date.now().toString().slice(-5);
const ACTIVITY = `村道保洁志愿服务（居民端E2E${stamp}）`;
const TOPIC = `村委会门口加装无障碍坡道（居民端E2E${stamp}）`;
const OBJECTION = `公示中第3项的积分与实际参加次数不符，请核实（E2E${stamp}）。`;
const ANSWER = `经核对签到记录，第3项按实际参加2次计分，公示无误（E2E${stamp}）。`;
/** A datetime-local value in China time (the browsers run in Asia/Shanghai). */
const chinaInput = (d: Date) => new Date(d.getTime() + 8 * H).toISOString().slice(0, 16);

/** Poll until the value matches: the UI follows the server within a few seconds. */
const until = <T,>(value: () => Promise<T> | T, timeout = 15_000) => expect.poll(value, { timeout });

/** 直冲村's code, as a third-party app finds it: the district JH's public page lists it. */
async function zhichongCode(): Promise<string> {
  const query = `query { publicRegion(code: "JH") { streets { communities { name code } } } }`;
  const res = await fetch(`${baseUrl()}/graphql?query=${encodeURIComponent(query)}`);
  const body = (await res.json()) as { data: { publicRegion: { streets: { communities: { name: string; code: string }[] }[] } } };
  const c = body.data.publicRegion.streets.flatMap((s) => s.communities).find((x) => x.name === "直冲村");
  if (!c) throw new Error("直冲村 is not listed under JH");
  return c.code;
}

describe.skipIf(!runnable)("居民端 journey in Chromium: residents at 390×844, staff at desks", () => {
  let browser: Browser;
  let code: string;
  let community: string;
  let admin: Record<string, string>;
  /** zhichong_staff in the admin app: reads codes, answers objections, runs the activity, hands items over. */
  let clerk: Page;
  /** zhichong_admin in the admin app: the committee's secretary. */
  let committee: Page;
  const phones: { context: BrowserContext; page: Page; name: string; id: string }[] = [];
  let noticeTitle: string;
  let checkInUrl: string;
  let balanceBefore = 0;
  let awarded = 0;
  let pickup: { code: string; reward: string };

  const me = () => phones[0]!.page;
  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, `resident-${name}.png`), fullPage: true, style: ".mantine-Notifications-root { display: none; }" });
  };
  const desk = async (username: string) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    await signIn(page, username);
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    return page;
  };
  const phone = async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    return { context, page: await context.newPage() };
  };
  /** The codes 短信记录 shows for a phone (its rows newest first), as the clerk reads them. */
  const codesInLog = async (phoneNumber: string): Promise<string[]> => {
    const table = clerk.getByRole("table", { name: "短信记录" });
    // Loaded: a row of messages, or the empty row.
    await table.locator("tbody tr").first().waitFor();
    const rows = await table.getByRole("row").filter({ hasText: `${phoneNumber.slice(0, 3)}****${phoneNumber.slice(-4)}` }).allInnerTexts();
    return rows.map((r) => /验证码为\s*(\d{6})/.exec(r)?.[1]).filter((c): c is string => !!c);
  };
  /**
   * On the sign-in page: ask for a code, the clerk reads the new one in 短信记录 (reloading until it
   * is there), the resident types it in and is signed in.
   */
  const signInWithCode = async (page: Page, phoneNumber: string, name: string) => {
    await clerk.goto(`${baseUrl()}/messages`);
    const known = new Set(await codesInLog(phoneNumber));
    await page.getByLabel("手机号码").fill(phoneNumber);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await until(() => page.getByText(/验证码已发送/).count()).toBe(1);
    let otp = "";
    await until(async () => {
      await clerk.reload();
      otp = (await codesInLog(phoneNumber)).find((c) => !known.has(c)) ?? "";
      return otp;
    }).toMatch(/^\d{6}$/);
    await shot(clerk, `${name}-sms-log`);
    await page.getByLabel("验证码（6位数字）").fill(otp);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.waitForURL((u) => !u.pathname.endsWith("/signin"));
  };
  /** Who the phone is signed in as (the same viewer query the resident pages ask, with its cookie). */
  const viewer = async (page: Page) => {
    const res = await page.request.post(`${baseUrl()}/graphql`, { data: { query: `{ viewer { kind actingResident { id name } } }` } });
    const body = (await res.json()) as { data: { viewer: { kind: string; actingResident: { id: string; name: string } | null } } };
    expect(body.data.viewer.kind).toBe("RESIDENT");
    return body.data.viewer.actingResident!;
  };
  const article = (scope: Page | Locator, name: string) => scope.getByRole("article", { name, exact: true });

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    code = await zhichongCode();
    admin = await signInCookie("zhichong_admin");
    community = await communityId(admin, "直冲村");
    browser = await launch();
    clerk = await desk("zhichong_staff");
  });
  afterEach(async ({ task }) => {
    // What the screens showed when a step failed.
    if (task.result?.state !== "fail") return;
    const name = task.name.slice(0, 20).replace(/[^\p{L}\p{N}]+/gu, "-");
    if (phones[0]) await shot(phones[0].page, `failed-${name}-phone`).catch(() => {});
    if (clerk) await shot(clerk, `failed-${name}-clerk`).catch(() => {});
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("1. a resident opens 直冲村's poster URL without signing in and reads a 公示", async () => {
    const { context, page } = await phone();
    phones.push({ context, page, name: "", id: "" });
    await page.goto(`${baseUrl()}/c/${encodeURIComponent(code)}`);
    await until(() => page.getByRole("heading", { level: 1, name: "直冲村" }).count()).toBe(1);
    expect(page.url()).not.toContain("/login");
    // A notice in its period: 公示中, with its countdown and the 提出异议 link.
    const open = page.getByRole("article").filter({ has: page.getByRole("link", { name: "提出异议" }) }).first();
    await open.waitFor();
    noticeTitle = (await open.locator(".card-title").innerText()).trim();
    expect(await open.locator(".badge").first().innerText()).toBe("公示中");
    expect(await open.getByText(/公示期：.+至.+（\d+天）/).count()).toBe(1);
    expect(await open.locator(".countdown").count()).toBe(1);
    await open.getByText("查看公示全文").click();
    expect((await open.locator(".content").innerText()).length).toBeGreaterThan(10);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await open.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, "resident-01-notice.png") });
  });

  it("2. 提出异议 asks to sign in; the code comes through the development provider, read by the clerk in 短信记录", async () => {
    const page = me();
    const open = article(page, noticeTitle);
    await open.getByRole("link", { name: "提出异议" }).click();
    await until(() => page.getByRole("heading", { name: "请先登录" }).count()).toBe(1);
    await page.getByRole("link", { name: "去登录" }).click();
    await page.waitForURL((u) => u.pathname.endsWith("/signin"));
    await page.getByRole("heading", { level: 1, name: "居民登录" }).waitFor();
    await shot(page, "02-sign-in");
    await signInWithCode(page, PHONES[0], "03");
    // Back where the resident was going: the objection page of that notice.
    await page.waitForURL((u) => u.pathname.includes("/me/objections/"));
    Object.assign(phones[0]!, await viewer(page));
    await until(() => article(page, noticeTitle).count()).toBe(1);
    await shot(page, "04-signed-in-objection-page");
  });

  it("3. raises an objection in the period; the clerk answers it in the admin app; the resident sees the answer", async () => {
    const page = me();
    const form = page.getByRole("form", { name: "我要提出异议" });
    await form.getByLabel("异议内容").fill(OBJECTION);
    await form.getByRole("button", { name: "提交异议" }).click();
    await until(() => page.getByText("异议已提交，社区（村）答复后会显示在这里。").count()).toBe(1);
    const mine = page.getByRole("article", { name: "我的异议" }).filter({ hasText: OBJECTION });
    await until(() => mine.getByText("待答复").count()).toBe(1);
    await shot(page, "05-objection-filed");

    await clerk.goto(`${baseUrl()}/deliberation/notices?status=PUBLISHED`);
    const card = article(clerk, noticeTitle);
    const objection = card.getByRole("article", { name: `${phones[0]!.name}的异议` }).filter({ hasText: OBJECTION });
    await until(() => objection.count()).toBe(1);
    await objection.getByRole("button", { name: "答复异议" }).click();
    const dialog = clerk.getByRole("dialog", { name: `答复${phones[0]!.name}的异议` });
    await dialog.getByRole("radio", { name: /异议不成立/ }).check();
    await dialog.getByLabel("答复理由").fill(ANSWER);
    await dialog.getByRole("button", { name: "提交答复" }).click();
    await dialog.waitFor({ state: "detached" });
    await until(() => objection.getByText("异议不成立").count()).toBe(1);
    await shot(clerk, "06-clerk-answered");

    await page.reload();
    await until(() => mine.getByText("异议不成立").count()).toBe(1);
    expect(await mine.locator(".answer-box").innerText()).toContain(ANSWER);
    await shot(page, "07-resident-sees-answer");
    // (The public board shows it too once its cached read expires: Cache-Control max-age=60.)
  });

  it("4a. the clerk publishes an activity whose window holds now in the admin app; its QR code holds the check-in URL", async () => {
    await clerk.goto(`${baseUrl()}/volunteering/activities`);
    await clerk.getByTestId("activities-table").waitFor();
    await clerk.getByRole("button", { name: "发布活动" }).click();
    const dialog = clerk.getByRole("dialog", { name: "发布活动" });
    await dialog.getByLabel("活动名称").fill(ACTIVITY);
    await dialog.getByRole("combobox", { name: "组织队伍" }).click();
    await clerk.getByRole("option", { name: "环境整治队" }).click();
    await dialog.getByLabel("地点").fill("村委会门前集合");
    const now = Date.now();
    await dialog.getByLabel("开始时间").fill(chinaInput(new Date(now - H)));
    await dialog.getByLabel("结束时间").fill(chinaInput(new Date(now + 2 * H)));
    await dialog.getByLabel("名额").fill("10");
    await dialog.getByRole("combobox", { name: "积分规则" }).click();
    await clerk.getByRole("option", { name: /志愿服务时长/ }).click();
    await dialog.getByRole("button", { name: "保存" }).click();
    await clerk.waitForURL((u) => /^\/volunteering\/activities\/.+/.test(u.pathname));
    await until(() => clerk.getByTestId("activity-status").textContent()).toBe("已发布进行中");
    const checkInCode = (await clerk.getByTestId("activity-code").textContent())!.trim();
    await clerk.getByRole("button", { name: "显示二维码" }).click();
    await clerk.getByTestId("activity-qr").waitFor();
    checkInUrl = (await clerk.getByTestId("activity-qr-url").textContent())!.trim();
    expect(checkInUrl).toBe(`${baseUrl()}/c/${encodeURIComponent(code)}/checkin/${encodeURIComponent(checkInCode)}`);
    await shot(clerk, "08-activity-qr");
    await clerk.keyboard.press("Escape");
  });

  it("4b. the resident signs up on 志愿活动报名, then checks in and out by opening the QR code's URL", async () => {
    const page = me();
    await page.goto(`${baseUrl()}/c/${encodeURIComponent(code)}/me`);
    // Their points account, or none yet (the demo data may give them no points before).
    const account = page.locator("section.points").first();
    await until(async () => (await account.count()) + (await page.getByText("还没有积分记录").count())).toBe(1);
    balanceBefore = (await account.count()) ? Number(await account.locator(".balance-number").innerText()) : 0;
    await page.getByRole("link", { name: "志愿活动报名" }).click();
    const card = article(page, ACTIVITY);
    await card.getByRole("button", { name: "报名", exact: true }).click();
    await until(() => card.locator(".badge").first().textContent()).toBe("已报名");
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, "resident-09-signed-up.png") });

    // Scanning the poster at the activity opens the URL in the phone's browser.
    await page.goto(checkInUrl);
    await until(() => article(page, ACTIVITY).count()).toBe(1);
    await page.getByRole("button", { name: "签到", exact: true }).click();
    const done = page.getByRole("status", { name: ACTIVITY });
    await until(() => done.getByText("签到成功").count()).toBe(1);
    await shot(page, "10-checked-in");
    // Scanned again when leaving: now the button is 签退.
    await page.goto(checkInUrl);
    await until(() => article(page, ACTIVITY).getByText(/签到时间：/).count()).toBe(1);
    await page.getByRole("button", { name: "签退", exact: true }).click();
    await until(() => done.getByText("签退成功").count()).toBe(1);
    expect(await done.getByText(/本次服务 \d+ 分钟/).count()).toBe(1);
    await shot(page, "11-checked-out");
  });

  it("4c. the coordinator verifies the hours in the admin app", async () => {
    await clerk.reload();
    const row = clerk.getByTestId("hours-table").getByRole("row").filter({ hasText: phones[0]!.name });
    await until(() => row.getByRole("button", { name: "调整" }).count()).toBe(1);
    // Scanned in and out a minute apart: the coordinator approves the two hours actually served.
    await row.getByRole("button", { name: "调整" }).click();
    const adjust = clerk.getByRole("dialog", { name: `调整 ${phones[0]!.name} 的工时` });
    await adjust.getByLabel("核定分钟数").fill("120");
    await adjust.getByLabel("调整理由").fill("到场时扫码未成功，协调员现场确认服务两小时");
    await adjust.getByRole("button", { name: "按调整后时长核定" }).click();
    await adjust.waitFor({ state: "detached" });
    await until(() => row.getByText("已核定").count()).toBe(1);
    const plus = /\+(\d+)/.exec(await row.innerText());
    awarded = Number(plus?.[1] ?? 0);
    expect(awarded).toBeGreaterThan(0);
    await shot(clerk, "12-hours-verified");
  });

  it("4d. the resident sees the points, redeems them in the 积分超市 and shows the pickup code", async () => {
    const page = me();
    await page.goto(`${baseUrl()}/c/${encodeURIComponent(code)}/me`);
    const account = page.locator("section.points").first();
    await until(() => account.locator(".balance-number").textContent()).toBe(String(balanceBefore + awarded));
    await account.getByRole("button", { name: "查看积分明细" }).click();
    const first = account.getByRole("list", { name: "ledger" }).getByRole("listitem").first();
    await until(() => first.locator(".delta").textContent()).toBe(`+${awarded}`);
    expect(await first.innerText()).toContain("志愿服务时长");
    await shot(page, "13-points");
    // My service record says the same.
    await page.getByRole("link", { name: "志愿活动报名" }).click();
    const record = page.getByRole("listitem").filter({ hasText: ACTIVITY });
    await until(() => record.getByText(`获得积分 +${awarded}`).count()).toBe(1);
    expect(await record.getByText("已核定").count()).toBe(1);

    await page.goto(`${baseUrl()}/c/${encodeURIComponent(code)}/me`);
    await page.getByRole("link", { name: "积分超市" }).click();
    await until(() => page.locator(".balance .balance-number").textContent()).toBe(String(balanceBefore + awarded));
    // The cheapest reward within the balance, as the resident would pick.
    const offers = await page.getByRole("article").evaluateAll((cards) =>
      cards.map((c) => ({ name: c.getAttribute("aria-label") ?? "", cost: Number(/(\d+) 分/.exec(c.querySelector(".price")?.textContent ?? "")?.[1] ?? NaN), open: !!c.querySelector("button:not([disabled])") })),
    );
    const pick = offers.filter((o) => o.open && o.cost <= balanceBefore + awarded).sort((a, b) => a.cost - b.cost)[0];
    if (!pick) throw new Error(`no reward within ${balanceBefore + awarded} points: ${JSON.stringify(offers)}`);
    const card = article(page, pick.name);
    await card.getByRole("button", { name: "兑换", exact: true }).click();
    await until(() => card.getByText(`共需 ${pick.cost} 分，兑换后剩 ${balanceBefore + awarded - pick.cost} 分。`).count()).toBe(1);
    await card.getByRole("button", { name: `确认兑换（${pick.cost} 分）` }).click();
    const done = page.getByRole("status", { name: "兑换成功" });
    await until(() => done.count()).toBe(1);
    const pickupCode = (await done.locator(".pickup-code").innerText()).trim();
    expect(pickupCode.length).toBeGreaterThan(4);
    await until(() => page.locator(".balance .balance-number").textContent()).toBe(String(balanceBefore + awarded - pick.cost));
    await shot(page, "14-redeemed");
    await done.getByRole("link", { name: "查看核销码" }).click();
    const mine = article(page, pick.name).filter({ hasText: "待领取" }).first();
    await until(() => mine.getByRole("img", { name: `核销码 ${pickupCode} 的二维码` }).count()).toBe(1);
    await mine.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, "resident-15-pickup-code.png") });
    pickup = { code: pickupCode, reward: pick.name };
  });

  it("4e. the clerk hands the item over by the pickup code in the admin app; the resident sees it 已领取", async () => {
    await clerk.goto(`${baseUrl()}/volunteering/store`);
    await until(() => clerk.getByTestId("redemptions-table").getByText(phones[0]!.name).count()).toBeGreaterThan(0);
    // Typed as read off the phone (the letters shown with a dash).
    await clerk.getByLabel("核销码").fill(pickup.code.replace(/^(.{4})(.{4})$/, "$1-$2"));
    await clerk.getByRole("button", { name: "核销", exact: true }).click();
    await until(() => clerk.getByTestId("fulfil-result").textContent()).toContain(phones[0]!.name);
    await shot(clerk, "16-handed-over");
    const page = me();
    await page.reload();
    await until(() => article(page, pickup.reward).filter({ hasText: "已领取" }).count()).toBeGreaterThan(0);
    await shot(page, "17-picked-up");
  });

  it("5a. two more residents sign in on their own phones with codes the clerk reads out", async () => {
    for (const number of PHONES.slice(1)) {
      const { context, page } = await phone();
      await page.goto(`${baseUrl()}/c/${encodeURIComponent(code)}/me/topics`);
      await page.getByRole("link", { name: "去登录" }).click();
      await signInWithCode(page, number, `18-${number.slice(-1)}`);
      await page.waitForURL((u) => u.pathname.endsWith("/me/topics"));
      phones.push({ context, page, ...(await viewer(page)) });
    }
    expect(new Set(phones.map((p) => p.id)).size).toBe(3);
  });

  it("5b. three residents co-sign a neighbour's topic to its threshold", async () => {
    // A neighbour proposed it through a residents' app, and others co-signed there (the API, as any
    // app would): up to three short of the committee's threshold.
    const reg = await gql(
      `mutation($input: RegisterApiClientInput!) { registerApiClient(input: $input) { __typename ... on MutationRegisterApiClientSuccess { data { token } } ... on UserError { message } } }`,
      { input: { name: `村民议事小程序（居民端E2E${stamp}）`, communityIds: [community], actions: ["topic:propose", "topic:cosign", "resident:actAs"] } },
      admin,
    );
    const { token } = success<{ token: string }>(reg.data, "registerApiClient");
    const as = (id: string) => ({ authorization: `Bearer ${token}`, "x-act-as-resident": id });
    const listed = await gql<{ residents: { edges: { node: { id: string } }[] } }>(`query($c: ID!) { residents(communityId: $c, first: 60) { edges { node { id } } } }`, { c: community }, admin);
    const neighbours = listed.data.residents.edges.map((e) => e.node.id).filter((id) => !phones.some((p) => p.id === id));
    let topicId = "";
    let threshold = 0;
    let count = 0;
    for (const id of neighbours) {
      if (!topicId) {
        const r = await gql(
          `mutation($input: ProposeTopicInput!) { proposeTopic(input: $input) { __typename ... on MutationProposeTopicSuccess { data { id cosignThreshold } } ... on UserError { message } } }`,
          { input: { communityId: community, title: TOPIC, description: "村委会门口有三级台阶，坐轮椅的老人和推婴儿车的家长进出不便，建议加装无障碍坡道和扶手。", category: "PUBLIC_FACILITIES" } },
          as(id),
        );
        if (r.data.proposeTopic.__typename === "UserError") continue;
        ({ id: topicId, cosignThreshold: threshold } = r.data.proposeTopic.data);
        expect(threshold).toBeGreaterThan(3);
        continue;
      }
      if (count >= threshold - 3) break;
      const r = await gql(
        `mutation($id: ID!) { cosignTopic(id: $id) { __typename ... on MutationCosignTopicSuccess { data { cosignCount readyForReview } } ... on UserError { message } } }`,
        { id: topicId },
        as(id),
      );
      if (r.data.cosignTopic.__typename === "UserError") continue; // e.g. a child
      count = r.data.cosignTopic.data.cosignCount;
      expect(r.data.cosignTopic.data.readyForReview).toBe(false);
    }
    expect(count).toBe(threshold - 3);

    for (const [i, p] of phones.entries()) {
      const page = p.page;
      await page.goto(`${baseUrl()}/c/${encodeURIComponent(code)}/me/topics`);
      const card = article(page, TOPIC);
      await until(() => card.getByText(`联名 ${count} / ${threshold} 人`).count()).toBeGreaterThan(0);
      await card.getByRole("button", { name: "联名支持" }).click();
      count += 1;
      await until(() => card.getByText(`联名成功，目前共 ${count} 人联名。`).count()).toBe(1);
      expect(await card.getByText("我已联名").count()).toBe(1);
      expect(await card.getByRole("button", { name: "联名支持" }).count()).toBe(0);
      if (i < 2) expect(await card.getByText("联名已达门槛，等待议事委员会审查。").count()).toBe(0);
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(shots, `resident-19-cosigned-${i + 1}.png`) });
    }
    const last = article(phones[2]!.page, TOPIC);
    expect(count).toBe(threshold);
    await until(() => last.getByText("联名已达门槛，等待议事委员会审查。").count()).toBe(1);
  });

  it("5c. the committee sees it ready for review in the admin app", async () => {
    committee = await desk("zhichong_admin");
    await committee.getByRole("link", { name: "议事委员会" }).click();
    await committee.getByRole("tab", { name: "议题" }).click();
    const card = committee.getByRole("region", { name: "待审" }).getByRole("article", { name: TOPIC });
    const threshold = /联名 (\d+)\/(\d+)/;
    await until(() => card.getByText(threshold).count()).toBe(1);
    const [, n, of] = threshold.exec((await card.getByText(threshold).textContent())!)!;
    expect(n).toBe(of);
    expect(await card.getByText("可审查").count()).toBe(1);
    expect(await card.getByRole("button", { name: "立项", exact: true }).isEnabled()).toBe(true);
    await card.scrollIntoViewIfNeeded();
    await shot(committee, "20-committee-ready");
  });
});
