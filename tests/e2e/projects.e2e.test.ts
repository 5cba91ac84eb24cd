// The special-projects journey ("Done means" of the issue), in Chromium against the real product.
// A resident asks for a micro-renewal through a residents' app (群众点菜, requestProject); 江翠社区's
// secretary finds the request in the browser and completes it (description, lead, undertaking
// organization, dates); plans the budget and a milestone; approves it (立项); records an alliance
// unit's pledge and its arrival; lists a need on the needs board (管家计划) that another unit claims,
// attaches it to the project and marks it fulfilled once the money arrived; starts it; posts a progress update with a photo
// (uploaded as a generated PNG) and records expenses with a receipt, the second one overspending
// its line (the warning shows); reaches the milestone, records the beneficiaries and completes it;
// reverses the overspending expense after completion (冲销). Residents answer the satisfaction
// survey through an app over the API; the committee's score is entered in the browser (评议); and
// the public transparency feed, read by a third party without signing in, shows the project with
// its photo, money, sponsors, evaluation and timeline.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, CHROMIUM, launch, signIn } from "./browser.js";
import { fetchPublic, projectsSetup, publicFeed, sitePhoto, surveyApp, type Resident } from "./projects-api.js";

const shots = path.resolve(import.meta.dirname, "../.tmp/screenshots");
const runnable = Boolean(CHROMIUM) || process.env.CI === "true";
const TITLE = `江翠社区三巷口袋公园微更新（E2E${Date.now().toString().slice(-4)}）`;
const NEED = `三巷口袋公园儿童游乐设施（E2E${Date.now().toString().slice(-4)}）`;
const REQUEST = "三巷拐角那块空地堆满杂物，晚上黑乎乎的，希望改成小公园，放几张凳子给老人坐。";
const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!runnable)("special projects journey in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let setup: Awaited<ReturnType<typeof projectsSetup>>;
  let app: Awaited<ReturnType<typeof surveyApp>>;
  let requester: Resident;
  let projectId: string;
  const photo = { name: "三巷现场.png", mimeType: "image/png", buffer: sitePhoto() };
  const receipt = { name: "发票.png", mimeType: "image/png", buffer: sitePhoto(120, 180) };

  const shot = async (name: string, notifications = false) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, `projects-${name}.png`), fullPage: true, style: notifications ? "" : ".mantine-Notifications-root { display: none; }" });
  };
  const dialog = (name: string) => page.getByRole("dialog", { name, exact: true });
  const status = () => page.getByTestId("project-status").textContent();
  const tab = (name: string) => page.getByRole("tab", { name, exact: true }).click();
  /** Pick an option of a Mantine Select in `scope` by its label. */
  async function choose(scope: ReturnType<Page["getByRole"]>, label: string, option: string | RegExp) {
    await scope.getByRole("combobox", { name: label }).click();
    await page.getByRole("option", { name: option }).first().click();
  }
  /** Open a step's or a form's modal, fill it, confirm, and wait for it to close. */
  async function step(button: string, title: string, confirm: string, fill?: (d: ReturnType<Page["getByRole"]>) => Promise<void>) {
    await page.getByRole("button", { name: button, exact: true }).click();
    const d = dialog(title);
    await d.waitFor();
    await fill?.(d);
    await d.getByRole("button", { name: confirm, exact: true }).click();
    await d.waitFor({ state: "detached" });
  }

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    setup = await projectsSetup("jiangcui_admin", "江翠社区", 4);
    requester = setup.residents[0]!;
    app = await surveyApp(setup.admin, setup.communityId);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail" && page) await shot(`failed-${task.name.slice(0, 24)}`, true);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a resident asks for a project through an app (群众点菜); the secretary completes it in the browser", async () => {
    const asked = await app.request(requester, "微更新", TITLE, REQUEST);
    expect(asked).toMatchObject({ status: "PROPOSED", origin: "RESIDENT_REQUEST", requestText: REQUEST });
    projectId = asked.id;
    await signIn(page, "jiangcui_admin");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.goto(`${baseUrl()}/projects/list`);
    const table = page.getByTestId("projects-table");
    await table.waitFor();
    await expect.poll(() => table.locator("tbody tr").count()).toBeGreaterThan(1);
    await shot("01-list");
    await page.getByPlaceholder("搜索项目名称或内容").fill(TITLE);
    await expect.poll(() => table.locator("tbody tr").count(), { timeout: 15_000 }).toBe(1);
    await table.getByRole("link", { name: TITLE }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/projects/items/"));
    expect(decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1)!)).toBe(projectId);
    await expect.poll(status).toBe("已提出");
    await expect.poll(() => page.getByText(`“${REQUEST}”`).count()).toBe(1);
    expect(await page.getByText(requester.name).count()).toBeGreaterThan(0);
    expect(await page.getByText("居民点单").count()).toBeGreaterThan(0);
    // The request came with a title and the resident's words: staff describe and staff it.
    await page.getByRole("button", { name: "编辑", exact: true }).click();
    const d = dialog("编辑项目");
    await d.waitFor();
    await d.getByLabel("项目内容").fill("把三巷拐角闲置空地清理后改造为口袋公园：铺设透水砖、安装座椅和路灯、种植绿化。");
    await choose(d, "项目负责人", /jiangcui_admin/);
    await d.getByRole("combobox", { name: "承办组织" }).click();
    await page.getByRole("option").first().click();
    await d.getByLabel("计划开始").fill(chinaDay());
    await d.getByLabel("计划结束").fill(chinaDay(60));
    await d.screenshot({ path: path.join(shots, "projects-02-complete-request.png") });
    await d.getByRole("button", { name: "保存" }).click();
    await d.waitFor({ state: "detached" });
    await expect.poll(() => page.getByText("铺设透水砖", { exact: false }).count()).toBeGreaterThan(0);
    await shot("03-proposed");
  });

  it("plans the budget and a milestone, and approves it (立项) with the approval note", async () => {
    await tab("经费");
    await step("添加预算科目", "添加预算科目", "保存", async (d) => {
      await d.getByLabel("预算科目").fill("材料和施工");
      await d.getByLabel("金额（元）").fill("5000");
    });
    await step("添加预算科目", "添加预算科目", "保存", async (d) => {
      await choose(d, "资金来源", "社会捐赠");
      await d.getByLabel("预算科目").fill("座椅和绿化");
      await d.getByLabel("金额（元）").fill("3000");
    });
    await expect.poll(() => page.getByTestId("budget-lines").locator("tbody tr").count()).toBe(2);
    await tab("计划与任务");
    await step("添加里程碑", "添加里程碑", "保存", async (d) => {
      await d.getByLabel("里程碑").fill("空地清理和施工完成");
      await d.getByLabel("计划完成").fill(chinaDay(30));
    });
    await page.getByTestId("gantt-row").first().waitFor();
    await tab("概况");
    await step("立项", "立项", "确认立项", async (d) => {
      await d.getByLabel("审批意见").fill("居民点单，经社区“两委”会议研究同意立项。");
    });
    await expect.poll(status).toBe("已立项");
    await expect.poll(() => page.getByTestId("approval-record").textContent()).toContain("经社区“两委”会议研究同意立项");
    await shot("04-approved");
  });

  it("an alliance unit pledges money, and it is recorded as received (管家计划)", async () => {
    await tab("资助");
    await step("登记认捐", "登记认捐", "保存", async (d) => {
      await choose(d, "共建单位", "江翠物业服务有限公司");
      await d.getByLabel("认捐金额（元）").fill("3000");
    });
    const table = page.getByTestId("sponsors-table");
    await expect.poll(() => table.getByText("已认捐").count()).toBe(1);
    await step("登记到位", "登记到位：江翠物业服务有限公司", "确认到位");
    await expect.poll(() => table.getByText("已到位").count()).toBe(1);
    await shot("05-sponsored");
  });

  it("a need of the needs board is claimed by another unit, attached to the project and fulfilled once its money arrives", async () => {
    await page.goto(`${baseUrl()}/projects/needs`);
    await page.getByTestId("needs-table").waitFor();
    await step("列出需求", "列出需求", "保存", async (d) => {
      await d.getByLabel(/^需求/).fill(NEED);
      await d.getByLabel("项目内容").fill("口袋公园一角添置儿童滑梯和摇摇马。");
      await d.getByLabel("预估费用（元）").fill("1200");
    });
    const row = page.getByTestId("needs-table").locator("tbody tr").filter({ hasText: NEED });
    await row.waitFor();
    await row.getByRole("button", { name: "认领" }).click();
    let d = dialog(`认领：${NEED}`);
    await choose(d, "共建单位", "江海区骏达五金有限公司");
    await d.getByLabel("认捐金额（元）").fill("1000");
    await d.getByRole("button", { name: "保存" }).click();
    await d.waitFor({ state: "detached" });
    await expect.poll(() => row.getByText("已认领").count()).toBe(1);
    await row.getByRole("button", { name: "关联项目" }).click();
    d = dialog(`关联项目：${NEED}`);
    await choose(d, "承接项目", TITLE);
    await d.getByRole("button", { name: "保存" }).click();
    await d.waitFor({ state: "detached" });
    await row.getByRole("link", { name: TITLE }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/projects/items/"));
    await tab("资助");
    const sponsors = page.getByTestId("sponsors-table");
    await expect.poll(() => sponsors.locator("tbody tr").count()).toBe(2);
    await sponsors.locator("tbody tr").filter({ hasText: "江海区骏达五金有限公司" }).getByRole("button", { name: "登记到位" }).click();
    d = dialog("登记到位：江海区骏达五金有限公司");
    await d.getByRole("button", { name: "确认到位" }).click();
    await d.waitFor({ state: "detached" });
    await expect.poll(() => sponsors.getByText("已到位").count()).toBe(2);
    await page.goto(`${baseUrl()}/projects/needs`);
    await row.getByRole("button", { name: "落实" }).click();
    await page.getByRole("dialog", { name: "落实" }).getByRole("button", { name: "确认" }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page.locator("label").filter({ hasText: /^全部$/ }).click();
    await expect.poll(() => row.getByText("已落实").count()).toBe(1);
    await shot("05b-needs-board");
    await page.goto(`${baseUrl()}/projects/items/${encodeURIComponent(projectId)}`);
    await page.getByTestId("project-status").waitFor();
  });

  it("starts it, posts an update with a photo, and records expenses with a receipt; the overspend is flagged", async () => {
    await tab("概况");
    await step("开始实施", "开始实施", "确认开始");
    await expect.poll(status).toBe("实施中");

    await tab("进展");
    await step("发布进展", "发布进展", "发布", async (d) => {
      await d.getByLabel("进展情况").fill("空地杂物清运完毕，透水砖铺设过半。");
      await d.getByLabel("完成进度").fill("60");
      await page.locator('input[type="file"]').setInputFiles(photo);
      await expect.poll(() => d.getByText(photo.name).count()).toBe(1);
    });
    const update = page.getByTestId("project-update").first();
    await update.waitFor();
    const img = update.locator("img");
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).toBe(240);
    await shot("06-update-photo");

    await tab("经费");
    await step("登记支出", "登记支出", "登记", async (d) => {
      await d.getByLabel("收款方").fill("江海区园林工程队");
      await d.getByLabel("金额（元）").fill("4200");
      await d.getByLabel("用途").fill("空地清理、透水砖铺设");
      await page.locator('input[type="file"]').setInputFiles(receipt);
    });
    await expect.poll(() => page.getByTestId("expenses-table").getByRole("link", { name: receipt.name }).count()).toBe(1);
    // A second bill on the same line: the form warns that it overspends the line, and it is recorded.
    await page.getByRole("button", { name: "登记支出", exact: true }).click();
    const d = dialog("登记支出");
    await d.getByLabel("收款方").fill("江海区照明器材店");
    await d.getByLabel("金额（元）").fill("1500");
    await d.getByLabel("用途").fill("太阳能路灯2盏");
    await expect.poll(() => d.getByTestId("overspend-warning").textContent()).toContain("本笔支出将超支 ¥700.00");
    await d.screenshot({ path: path.join(shots, "projects-07-overspend-warning.png") });
    await d.getByRole("button", { name: "登记", exact: true }).click();
    await d.waitFor({ state: "detached" });
    await page.getByTestId("overspent-alert").waitFor();
    expect(await page.getByTestId("overspent-alert").textContent()).toContain("“材料和施工”超支 ¥700.00");
    await shot("08-budget-overspent");
  });

  it("reaches the milestone, records the beneficiaries and completes it", async () => {
    await tab("计划与任务");
    await page.getByTestId("milestones-table").getByRole("button", { name: "达成" }).click();
    await dialog("里程碑达成：空地清理和施工完成").getByRole("button", { name: "确认达成" }).click();
    await expect.poll(() => page.getByTestId("milestones-table").getByText("按期达成").count()).toBe(1);
    await shot("09-gantt");

    await tab("受益人群");
    await step("登记惠及人数", "登记惠及人数", "保存", async (d) => {
      await d.getByRole("textbox", { name: "老人", exact: true }).fill("120");
      await d.getByRole("textbox", { name: "儿童", exact: true }).fill("45");
    });
    await expect.poll(() => page.getByRole("heading", { name: "受益人群（共 165 人）" }).count()).toBe(1);

    await tab("概况");
    await step("结项", "结项", "确认结项", async (d) => {
      await d.getByLabel("完成情况").fill("口袋公园建成：透水砖120平方米、座椅6张、太阳能路灯2盏、绿化带30米。");
    });
    await expect.poll(status).toBe("已完成");
    expect(await page.getByTestId("project-percent").textContent()).toBe("100%");
  });

  it("reverses the overspending expense after completion (冲销)", async () => {
    await tab("经费");
    const row = page.getByTestId("expenses-table").locator("tbody tr").filter({ hasText: "太阳能路灯2盏" });
    await row.getByRole("button", { name: "冲销" }).click();
    const d = dialog("冲销支出");
    await d.getByLabel("冲销原因").fill("路灯由共建单位捐赠，发票误登，冲销");
    await d.getByRole("button", { name: "确认冲销" }).click();
    await d.waitFor({ state: "detached" });
    await expect.poll(() => page.getByTestId("overspent-alert").count()).toBe(0);
    await expect.poll(() => page.getByTestId("budget-spent").textContent()).toBe("¥4,200.00");
    expect(await page.getByTestId("expenses-table").getByText("-¥1,500.00").count()).toBe(1);
    await shot("10-reversed");
  });

  it("residents answer the satisfaction survey through an app, once each", async () => {
    const [a, b, c] = setup.residents;
    for (const [who, score, comment] of [[a!, 5, "晚上终于有灯了"], [b!, 4, "座椅再多几张更好"], [c!, 5, "孩子们很喜欢"]] as const) {
      const r = await app.answer(who, projectId, score, comment);
      expect(r).toMatchObject({ __typename: "MutationAnswerProjectSurveySuccess", data: { score, residentName: who.name, throughApp: true } });
    }
    expect((await app.answer(a!, projectId, 1, "再答一次")).__typename).toBe("UserError");
    await page.reload();
    await tab("评价");
    await expect.poll(() => page.getByTestId("satisfaction-count").textContent()).toBe("3");
    expect(await page.getByTestId("satisfaction-average").textContent()).toBe("4.67");
  });

  it("the committee scores it in the browser (评议)", async () => {
    await tab("概况");
    await step("评议", "评议", "提交评议", async (d) => {
      await d.getByLabel("评议得分（0–100）").fill("92");
      await d.getByLabel("评议意见").fill("居民点单、共建单位资助、按期完成，群众满意度高。");
    });
    await expect.poll(status).toBe("已评议");
    await tab("评价");
    await expect.poll(() => page.getByTestId("committee-score").textContent()).toBe("92");
    await shot("11-evaluated");
    await tab("时间线");
    const timeline = page.getByTestId("project-timeline");
    await expect.poll(() => timeline.getByText("状态变更", { exact: true }).count()).toBe(4);
    for (const kind of ["提出", "状态变更", "认捐", "资助到位", "进展", "支出", "支出冲销", "里程碑达成", "登记惠及人数"]) expect(await timeline.getByText(kind, { exact: true }).count()).toBeGreaterThan(0);
    await shot("12-timeline");
  });

  it("my projects and the portfolio count it", async () => {
    await page.goto(`${baseUrl()}/projects/mine`);
    await page.locator("label").filter({ hasText: /^全部$/ }).click();
    await expect.poll(() => page.getByTestId("my-projects").getByRole("link", { name: TITLE }).count(), { timeout: 15_000 }).toBe(1);
    await shot("13-my-projects");
    await page.goto(`${baseUrl()}/projects/portfolio`);
    await page.getByTestId("portfolio-count").waitFor();
    expect(Number(await page.getByTestId("portfolio-count").textContent())).toBeGreaterThanOrEqual(5);
    await shot("14-portfolio");
  });

  it("the public transparency feed shows it to a third party, with its photo", async () => {
    const feed = await publicFeed(setup.communityId, TITLE);
    expect(feed.totalCount).toBe(1);
    const p = feed.edges[0]!.node;
    expect(p).toMatchObject({
      id: projectId,
      title: TITLE,
      status: "EVALUATED",
      typeName: "微更新",
      origin: "RESIDENT_REQUEST",
      percentComplete: 100,
      committeeScore: 92,
      beneficiaryTotal: 165,
      budget: { budgetFen: 800_000, spentFen: 420_000, overspent: false },
      satisfaction: { responseCount: 3 },
    });
    expect(p.satisfaction.averageScore).toBeCloseTo(4.67, 2);
    expect(p.sponsors).toEqual([
      { sponsorName: "江翠物业服务有限公司", status: "RECEIVED", receivedFen: 300_000 },
      { sponsorName: "江海区骏达五金有限公司", status: "RECEIVED", receivedFen: 100_000 },
    ]);
    expect(p.expenses.map((e) => e.amountFen).sort((x, y) => x - y)).toEqual([-150_000, 150_000, 420_000]);
    expect(p.timeline.filter((e) => e.kind === "TRANSITION").map((e) => e.toStatus)).toEqual(["APPROVED", "IN_PROGRESS", "COMPLETED", "EVALUATED"]);
    // Nothing private: the resident's words stay with staff.
    expect(JSON.stringify(p)).not.toContain(REQUEST);
    const [update] = p.updates;
    expect(update).toMatchObject({ percentComplete: 60, text: "空地杂物清运完毕，透水砖铺设过半。" });
    const file = await fetchPublic(update!.photos[0]!.url);
    expect(file).toMatchObject({ status: 200, type: "image/png", size: photo.buffer.length });
  });
});
