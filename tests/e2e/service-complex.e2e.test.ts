// The service complex's journey ("Done means" of the issue), as it happens: a resident submits a
// ticket through an app (GraphQL); in Chromium a clerk finds it in the queue, accepts it and
// returns it for a missing document; the resident resubmits through the app; the clerk completes
// it; the resident rates it through the app; the monthly report in the browser counts it. Then the
// other screens, and an opinion from the visit ledger raised as a deliberation topic.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, CHROMIUM, launch, signIn } from "./browser.js";
import { catalogItem, communityId, monthlyReport, rate, residentApp, resubmit, signInCookie, submitTicket } from "./service-api.js";

const shots = path.resolve(import.meta.dirname, "../.tmp/screenshots");
const runnable = Boolean(CHROMIUM) || process.env.CI === "true";
const ITEM = "居住证明开具";
/** The report's months are China months. */
const chinaMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

describe.skipIf(!runnable)("service complex journey in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let admin: Record<string, string>;
  let community: string;
  let app: Awaited<ReturnType<typeof residentApp>>;
  let item: { id: string; materials: string[] };
  let ticket: { id: string; number: string };
  let before: Awaited<ReturnType<typeof monthlyReport>>;
  const month = chinaMonth();

  const shot = (name: string) => page.screenshot({ path: path.join(shots, `service-${name}.png`), fullPage: true });
  const status = () => page.getByTestId("ticket-status").textContent();
  /** A SegmentedControl option (its radio is visually hidden: click its label). */
  const segment = (label: string) => page.locator("label").filter({ hasText: new RegExp(`^${label}$`) }).click();
  /** Open the step's modal, fill it, and confirm. */
  async function step(button: string, dialogTitle: string, confirm: string, fill?: (dialog: ReturnType<Page["getByRole"]>) => Promise<void>) {
    await page.getByRole("button", { name: button, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: dialogTitle });
    await dialog.waitFor();
    await fill?.(dialog);
    await dialog.getByRole("button", { name: confirm }).click();
    await dialog.waitFor({ state: "detached" });
  }

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    admin = await signInCookie("zhichong_admin");
    community = await communityId(admin, "直冲村");
    app = await residentApp(admin, community);
    item = await catalogItem(app.headers, community, ITEM);
    before = await monthlyReport(admin, community, month);
    browser = await launch();
    // A clerk in China: the demo's times are China times.
    page = await browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a resident submits a ticket online through an app", async () => {
    ticket = await submitTicket(app.headers, item.id, "孩子入学需要居住证明");
    expect(ticket).toMatchObject({ status: "SUBMITTED", channel: "ONLINE" });
  });

  it("the clerk finds it in the queue, with the overdue and due-soon flags of the others", async () => {
    await signIn(page, "zhichong_staff");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.goto(`${baseUrl()}/service-complex/queue`);
    const table = page.getByTestId("tickets-table");
    await table.waitFor();
    await expect.poll(() => table.locator("tbody tr").count()).toBeGreaterThan(1);
    // The demo's two months hold open tickets past their deadline: the 已超期 filter shows them flagged.
    await segment("已超期");
    await expect.poll(() => table.locator('[data-due-state="OVERDUE"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await shot("01-queue-overdue");
    await segment("全部");
    await page.getByPlaceholder("搜索编号、申请人或事项").fill(ticket.number);
    await expect.poll(() => table.locator("tbody tr").count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => table.getByText(ticket.number).count()).toBe(1);
    await expect.poll(() => table.getByText("网上办理").count()).toBe(1);
    await shot("02-queue-found");
    await table.getByRole("link", { name: ticket.number }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/service-complex/tickets/"));
    await expect.poll(status).toBe("已提交");
    await shot("03-ticket-submitted");
  });

  it("accepts it, then returns it for a missing document", async () => {
    await step("受理", "受理办件", "确认受理");
    await expect.poll(status).toBe("已受理");
    await step("退回补正", "退回补正", "确认退回", async (dialog) => {
      await dialog.getByRole("checkbox", { name: item.materials[1]! }).check();
    });
    await expect.poll(status).toBe("退回补正");
    await expect.poll(() => page.getByText("待补正材料").count()).toBe(1);
    await shot("04-ticket-returned");
  });

  it("the resident resubmits through the app; the clerk accepts and completes it", async () => {
    expect((await resubmit(app.headers, ticket.id, "已补交户口簿")).status).toBe("SUBMITTED");
    await page.reload();
    await expect.poll(status).toBe("已提交");
    await step("受理", "受理办件", "确认受理");
    await expect.poll(status).toBe("已受理");
    await step("办结", "办结", "确认办结", async (dialog) => {
      await dialog.getByLabel("办结说明").fill("居住证明已开具，请到窗口领取");
    });
    await expect.poll(status).toBe("已办结");
    const timeline = page.getByTestId("ticket-timeline");
    for (const kind of ["提交", "受理", "退回补正", "补正后重新提交", "办结"]) expect(await timeline.getByText(kind, { exact: true }).count()).toBeGreaterThan(0);
    await shot("05-ticket-completed");
  });

  it("the resident rates it through the app, and the ticket page shows the rating", async () => {
    expect((await rate(app.headers, ticket.id, 5, "办事很快，态度很好")).rating).toBe(5);
    await page.reload();
    const rating = page.getByTestId("ticket-rating");
    await rating.waitFor();
    expect(await rating.getByText("5 星").count()).toBeGreaterThan(0);
    expect(await rating.getByText("办事很快，态度很好", { exact: false }).count()).toBe(1);
    // Closed and rated: no step is left for the clerk.
    expect(await page.getByText("当前没有您可执行的操作").count()).toBe(1);
    await shot("06-ticket-rated");
  });

  it("the monthly report in the browser counts it", async () => {
    const after = await monthlyReport(admin, community, month);
    expect(after.closed).toBe(before.closed + 1);
    expect(after.ratingCount).toBe(before.ratingCount + 1);
    expect(after.submitted).toBe(before.submitted + 1);
    await page.getByRole("tab", { name: "月报" }).click();
    await page.waitForURL((u) => u.pathname === "/service-complex/report");
    await expect.poll(() => page.getByTestId("stat-closed-value").textContent(), { timeout: 15_000 }).toBe(String(after.closed));
    expect(await page.getByTestId("stat-submitted-value").textContent()).toBe(String(after.submitted));
    expect(await page.getByTestId("stat-rating").getByText(`${after.ratingCount} 条评价`).count()).toBe(1);
    expect(await page.getByTestId("stat-rating-value").textContent()).toBe(after.averageRating!.toFixed(2));
    const row = page.getByTestId("report-items").getByRole("row").filter({ hasText: ITEM });
    const submittedForItem = after.byItem.find((i) => i.itemName === ITEM)!.submitted;
    expect(await row.getByRole("cell").nth(2).textContent()).toBe(String(submittedForItem));
    await page.waitForTimeout(800); // the charts animate in
    await shot("07-report");
  });

  it("opens a ticket at the window for a resident, with the item's materials and promised day shown", async () => {
    await page.getByRole("tab", { name: "办件队列" }).click();
    await page.getByRole("button", { name: "窗口受理新办件" }).click();
    const dialog = page.getByRole("dialog", { name: "窗口受理新办件" });
    await dialog.waitFor();
    // Nothing chosen: refused in the browser.
    await dialog.getByRole("button", { name: "登记办件" }).click();
    await expect.poll(() => dialog.getByText("请选择居民或填写申请人姓名").count()).toBe(1);
    const item = dialog.getByRole("combobox", { name: "服务事项" });
    await item.fill("高龄");
    await page.getByRole("option", { name: /高龄津贴申领/ }).click();
    await expect.poll(() => dialog.getByText("承诺办结日", { exact: false }).count()).toBeGreaterThan(0);
    const resident = dialog.getByRole("combobox", { name: "居民" });
    await resident.fill(app.resident.name.slice(0, 2));
    await page.getByRole("option", { name: new RegExp(app.resident.name) }).first().click();
    await expect.poll(() => dialog.getByRole("textbox", { name: "申请人" }).inputValue()).toBe(app.resident.name);
    await dialog.getByLabel("联系电话").fill("13912345678");
    await shot("08a-new-ticket");
    await dialog.getByRole("button", { name: "登记办件" }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/service-complex/tickets/"));
    await expect.poll(status).toBe("已提交");
    expect(await page.getByText("窗口办理").count()).toBeGreaterThan(0);
  });

  it("shows the catalog, the visit ledger, the room calendar (a double booking is refused) and the settings", async () => {
    await page.getByRole("tab", { name: "事项清单" }).click();
    const catalog = page.getByTestId("catalog-table");
    await catalog.waitFor();
    await expect.poll(() => catalog.locator("tbody tr").count()).toBe(20);
    // Ordered by item code, and Relay paging moves on to the next codes.
    const codes = () => catalog.locator("tbody tr td:first-child").allTextContents();
    await expect.poll(async () => (await codes())[0]).toBe("JH001");
    await shot("08-catalog");
    await page.getByRole("button", { name: "下一页" }).click();
    await expect.poll(async () => (await codes())[0]).toBe("JH021");

    await page.getByRole("tab", { name: "来访台账" }).click();
    const visits = page.getByTestId("visits-table");
    await visits.waitFor();
    await expect.poll(() => visits.locator("tbody tr").count()).toBeGreaterThan(1);
    await shot("09-visits");

    // An opinion goes to the deliberation committee as a topic (转为议题); the clerk lands on it.
    const raise = visits.getByRole("button", { name: "转为议题" }).first();
    await raise.click();
    const dialog = page.getByRole("dialog", { name: "转为议事委员会议题" });
    await dialog.waitFor();
    const subject = await dialog.getByRole("textbox", { name: "议题标题" }).inputValue();
    expect(subject.length).toBeGreaterThan(0);
    await dialog.getByRole("combobox", { name: "议题类别" }).click();
    await page.getByRole("option", { name: "公共设施" }).click();
    await shot("09a-visit-to-topic");
    await dialog.getByRole("button", { name: "提交议题" }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/deliberation/topics/"));
    await page.getByRole("heading", { name: subject }).waitFor();
    await page.getByText("由党群服务中心来访登记/意见反馈转来", { exact: false }).waitFor();
    await shot("09b-topic-from-visit");
    await page.getByRole("link", { name: "查看来访台账" }).click();
    await visits.waitFor();
    await expect.poll(() => visits.getByRole("link", { name: "已转议题" }).count()).toBeGreaterThan(0);

    await page.getByRole("tab", { name: "会议室" }).click();
    await page.getByTestId("week-calendar").waitFor();
    const day = new Date(Date.now() + 2 * 86_400_000);
    const dayValue = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
    const book = async () => {
      await page.getByRole("button", { name: "预约会议室" }).click();
      const dialog = page.getByRole("dialog", { name: "预约会议室" });
      await dialog.waitFor();
      await dialog.getByLabel("日期").fill(dayValue);
      await dialog.getByLabel("开始时间").fill("07:00");
      await dialog.getByLabel("结束时间").fill("07:45");
      await dialog.getByLabel("用途", { exact: false }).fill("网格员晨会");
      await dialog.getByRole("button", { name: "保存" }).click();
      return dialog;
    };
    const first = await book();
    await first.waitFor({ state: "detached" });
    const second = await book();
    await expect.poll(() => second.getByText("该时段已被预约", { exact: false }).count(), { timeout: 15_000 }).toBe(1);
    await shot("10-rooms-conflict");
    await second.getByRole("button", { name: "取消" }).click();
    await page.getByRole("button", { name: "下一周" }).click();
    await page.getByRole("button", { name: "本周" }).click();
    await shot("11-rooms");

    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByText("服务窗口").first().waitFor();
    await shot("12-settings");
  });
});
