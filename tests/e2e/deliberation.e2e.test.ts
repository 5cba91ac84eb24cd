// The deliberation journey ("Done means" of the issue), in Chromium against the real product: a
// resident's topic comes in through an app over the API and is co-signed; in the browser, as
// 直冲村's secretary, it is accepted, scheduled on a meeting that is started, attendance is taken
// until the quorum is reached, a vote is opened, ballots cast (one changed), the vote closed as
// passed, a resolution recorded and the resolution stage publicized; an objection is filed through
// the app and answered (dismissed, with a reason) in the browser; and when the period has ended the
// notice is final (已生效).
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, CHROMIUM, launch, signIn } from "./browser.js";
import { dbId, publicNoticesOf, residentApp } from "./deliberation.api.js";
import { restartServer } from "./server-control.js";

const shots = path.resolve(import.meta.dirname, "../.tmp/screenshots");
const runnable = Boolean(CHROMIUM) || process.env.CI === "true";
const TITLE = `村口小广场加装路灯和座椅（E2E${Date.now().toString().slice(-4)}）`;
const MEETING = "E2E 临时协商议事会";

describe.skipIf(!runnable)("deliberation journey in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let app: Awaited<ReturnType<typeof residentApp>>;
  let topicId: string;
  let noticeId: string;
  // The whole page from the top, without the passing notifications.
  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, `deliberation-${name}.png`), fullPage: true, style: ".mantine-Notifications-root { display: none; }" });
  };
  const dialog = (name: string) => page.getByRole("dialog", { name });

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    app = await residentApp("直冲村", "zhichong_admin");
    browser = await launch();
    // A tablet in landscape, in China.
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  });
  afterEach(async ({ task }) => {
    // What the screen showed when a step failed.
    if (task.result?.state === "fail" && page) await shot(`failed-${task.name.slice(0, 24)}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a resident proposes a topic through the app, and ten neighbours co-sign it", async () => {
    const [proposer, ...others] = app.residents;
    const topic = await app.proposeTopic(proposer!, {
      title: TITLE,
      description: "村口小广场晚上没有照明，老人散步和孩子玩耍不安全，建议加装路灯和几组座椅。",
      category: "PUBLIC_FACILITIES",
    });
    expect(topic).toMatchObject({ status: "SUBMITTED", proposerName: proposer!.name });
    topicId = topic.id;
    let last = { cosignCount: 0, readyForReview: false };
    for (const neighbour of others.slice(0, 10)) last = await app.cosignTopic(neighbour, topicId);
    expect(last).toEqual({ cosignCount: 10, readyForReview: true });
  });

  it("the secretary accepts it on the topic board", async () => {
    await signIn(page, "zhichong_admin");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.getByRole("link", { name: "议事委员会" }).click();
    await page.getByRole("tab", { name: "议题" }).click();
    const waiting = page.getByRole("region", { name: "待审" });
    const card = waiting.getByRole("article", { name: TITLE });
    await until(() => card.getByText("联名 10/10").count()).toBe(1);
    await shot("01-board");
    await card.getByRole("button", { name: "立项", exact: true }).click();
    await dialog("议题立项").getByLabel("立项意见").fill("属《协商事项目录》应议事项第3条（公共设施），予以立项");
    await dialog("议题立项").getByRole("button", { name: "立项", exact: true }).click();
    await until(() => page.getByRole("region", { name: "已立项" }).getByRole("article", { name: TITLE }).count()).toBe(1);
    expect(await waiting.getByRole("article", { name: TITLE }).count()).toBe(0);
  });

  it("schedules it on a new meeting and starts the meeting", async () => {
    await page.getByRole("tab", { name: "议事会" }).click();
    await page.getByRole("button", { name: "安排议事会" }).click();
    const form = dialog("安排议事会");
    await form.getByLabel("会议名称").fill(MEETING);
    await form.getByLabel("地点").fill("直冲村党群服务中心议事厅");
    await form.getByLabel("议程（已立项的议题）").click();
    await page.getByRole("option", { name: TITLE }).click();
    await form.getByText("会议形式").click(); // closes the list of topics
    await form.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/deliberation\/meetings\/.+/);
    await until(() => page.getByRole("heading", { name: MEETING }).count()).toBe(1);
    await page.getByRole("button", { name: "开始会议" }).click();
    await until(() => page.getByTestId("meeting-status").textContent()).toBe("进行中");
  });

  it("takes attendance until the quorum is reached", async () => {
    await page.getByRole("tab", { name: "签到" }).click();
    const quorum = page.getByRole("region", { name: "法定人数" });
    const required = Number(await quorum.getByTestId("quorum-required").textContent());
    const sitting = Number(await quorum.getByTestId("quorum-sitting").textContent());
    expect(sitting).toBeGreaterThanOrEqual(required + 2);
    const rows = page.getByTestId("attendance-row");
    const mark = (i: number, status: string) => rows.nth(i).getByRole("button", { name: status }).click();
    for (let i = 0; i < required - 1; i++) {
      await mark(i, "出席");
      await until(() => quorum.getByTestId("quorum-present").textContent()).toBe(String(i + 1));
    }
    await mark(required - 1, "请假");
    await until(() => quorum.getByTestId("quorum-status").textContent()).toBe("未达到，还差 1 人");
    await mark(required, "出席");
    await until(() => quorum.getByTestId("quorum-status").textContent()).toBe("已达到法定人数");
    await mark(required + 1, "出席");
    await until(() => quorum.getByTestId("quorum-present").textContent()).toBe(String(required + 1));
    await until(() => rows.nth(required - 1).getByRole("button", { name: "请假" }).getAttribute("aria-pressed")).toBe("true");
    await shot("02-attendance-quorum");
  });

  it("opens a vote, records every present member's ballot (one changed), and closes it as passed", async () => {
    await page.getByRole("tab", { name: "议程与表决" }).click();
    const item = page.getByRole("region", { name: `议程第1项：${TITLE}` });
    await item.getByRole("button", { name: "发起表决" }).click();
    await dialog("发起表决").getByRole("button", { name: "开始表决" }).click();
    const ballots = item.getByTestId("ballot-row");
    await until(() => ballots.count()).toBeGreaterThanOrEqual(4);
    const voters = await ballots.count();
    const choices = ["赞成", "赞成", "反对", "弃权", ...Array(voters - 4).fill("赞成")];
    for (const [i, choice] of choices.entries()) {
      await ballots.nth(i).getByRole("button", { name: choice }).click();
      await until(() => ballots.nth(i).getByRole("button", { name: choice }).getAttribute("aria-pressed")).toBe("true");
    }
    // A ballot can be changed until the vote closes: 反对 → 赞成.
    await ballots.nth(2).getByRole("button", { name: "赞成" }).click();
    const tally = item.getByTestId("vote-tally");
    await until(() => tally.textContent()).toContain(`赞成 ${voters - 1} · 反对 0 · 弃权 1（已投 ${voters} / 出席有表决权 ${voters} 人）`);
    await shot("03-live-tally");

    await item.getByRole("button", { name: "结束表决" }).click();
    await dialog("结束表决").getByRole("button", { name: "确认" }).click();
    await until(() => tally.getByText("通过", { exact: true }).count()).toBe(1);
    expect(await item.getByRole("group", { name: /的表决/ }).count()).toBe(0);
    await shot("04-vote-passed");
  });

  it("records the resolution from the passed vote, writes the minutes and closes the meeting", async () => {
    const item = page.getByRole("region", { name: `议程第1项：${TITLE}` });
    await item.getByRole("button", { name: "形成决议" }).click();
    const form = dialog("形成决议");
    await form.getByLabel("决议内容").fill("在村口小广场加装4盏太阳能路灯和3组座椅，由村委会组织实施，所需经费从村级公益事业资金列支。");
    await form.getByLabel("责任人").fill("何文");
    await form.getByLabel("完成期限").fill("2027-03-31");
    await form.getByRole("button", { name: "保存" }).click();
    await until(() => item.getByText("已决议", { exact: true }).count()).toBe(1);

    await page.getByRole("tab", { name: "纪要" }).click();
    await page.getByRole("textbox", { name: "会议纪要" }).fill("会议听取了提议人说明，委员充分讨论后表决通过加装路灯和座椅的方案。");
    await page.getByRole("button", { name: "保存纪要" }).click();
    await until(() => page.getByText("纪要已保存").count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "结束会议" }).click();
    await dialog("结束会议").getByRole("button", { name: "确认" }).click();
    await until(() => page.getByTestId("meeting-status").textContent()).toBe("已结束");
  });

  it("publicizes the resolution stage from the topic page, whose history tells it all", async () => {
    await page.getByRole("tab", { name: "议程与表决" }).click();
    await page.getByRole("link", { name: TITLE }).click();
    await page.waitForURL(/\/deliberation\/topics\/.+/);
    await page.getByRole("button", { name: "决议公开" }).click();
    await dialog("决议公开").getByRole("button", { name: "发布公示" }).click();
    await until(() => page.getByText(`【决议公示】${TITLE}`).count()).toBe(1);
    const history = page.getByTestId("topic-timeline");
    for (const step of ["提出议题", "待审 → 已立项", "已立项 → 已排期", "已排期 → 已议", "已议 → 已决议"]) {
      expect(await history.getByText(step, { exact: true }).count(), step).toBeGreaterThan(0);
    }
    expect(await history.getByText(/（通过村民议事小程序（E2E））/).count()).toBeGreaterThan(0);
    await shot("05-topic-history");
    const notice = (await publicNoticesOf(app.community.id)).find((n) => n.title === `【决议公示】${TITLE}`);
    expect(notice).toMatchObject({ stage: "RESOLUTION", status: "PUBLISHED" });
    noticeId = notice!.id;
  });

  it("a resident objects through the app; the secretary dismisses it with a reason", async () => {
    const objector = app.residents[12]!;
    const filed = await app.fileObjection(objector, noticeId, "座椅放在广场东侧会挡住消防通道，建议换个位置。");
    expect(filed).toMatchObject({ status: "PENDING", filerName: objector.name });

    await page.getByRole("tab", { name: "公示" }).click();
    const card = noticeCard(page, `【决议公示】${TITLE}`);
    await until(() => card.getByText("座椅放在广场东侧会挡住消防通道，建议换个位置。").count()).toBe(1);
    await card.getByRole("button", { name: "答复异议" }).click();
    const answer = dialog(`答复${objector.name}的异议`);
    await answer.getByRole("radio", { name: /异议不成立/ }).check();
    await answer.getByLabel("答复理由").fill("经现场核实，座椅安装在广场西侧，不占用消防通道；已电话告知异议人。");
    await answer.getByRole("button", { name: "提交答复" }).click();
    const objection = card.getByRole("article", { name: `${objector.name}的异议` });
    await until(() => objection.getByText("异议不成立").count()).toBe(1);
    expect(await objection.getByText(/答复：经现场核实/).count()).toBe(1);
    expect(await card.getByTestId("notice-status").textContent()).toBe("公示中");
    await shot("06-objection-answered");
  });

  it("when the period has ended with no upheld objection, the notice is final (已生效)", async () => {
    // The period ends: with the server stopped, its end is moved into the past in the database.
    await restartServer(async (dataDir) => {
      const db = await PGlite.create(dataDir);
      try {
        const moved = await db.query(`UPDATE "Notice" SET "endsAt" = now() - interval '1 minute' WHERE id = $1`, [dbId(noticeId)]);
        expect(moved.affectedRows).toBe(1);
      } finally {
        await db.close();
      }
    });
    await page.reload();
    const card = noticeCard(page, `【决议公示】${TITLE}`);
    await until(() => card.getByTestId("notice-status").textContent()).toBe("已生效");
    expect(await card.getByText(/生效$/).count()).toBeGreaterThan(0);
    await shot("07-notice-final");
    const notice = (await publicNoticesOf(app.community.id)).find((n) => n.id === noticeId);
    expect(notice).toMatchObject({ status: "FINAL", objectionCount: 1, finalAt: expect.any(String) });
    expect(new URL(page.url()).pathname).toBe("/deliberation/notices");
    expect(baseUrl()).toBeTruthy();
  });
});

const noticeCard = (page: Page, title: string): Locator => page.getByRole("article", { name: title });

/** Poll until the value matches: the UI follows the server within a few seconds (longer after a restart). */
function until<T>(value: () => Promise<T> | T) {
  return expect.poll(value, { timeout: 10_000 });
}

// A community without a committee sets one up: the call to action, a term, a member seated and
// leaving, a charter drafted and adopted, a 不议 clause.
describe.skipIf(!runnable)("a new deliberation committee in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let resident: { id: string; name: string };
  const dialog = (name: string) => page.getByRole("dialog", { name });

  beforeAll(async () => {
    const community = await residentApp("江翠社区", "jiangcui_admin");
    resident = community.residents[0]!;
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail" && page) await page.screenshot({ path: path.join(shots, `deliberation-failed-${task.name.slice(0, 24)}.png`), fullPage: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("creates the committee from the call to action", async () => {
    await signIn(page, "jiangcui_admin");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.goto(`${baseUrl()}/deliberation`);
    await until(() => page.getByText("本社区尚未成立议事委员会").count()).toBe(1);
    // Topics wait for the committee too.
    await page.getByRole("tab", { name: "议题" }).click();
    await until(() => page.getByRole("link", { name: "去成立议事委员会" }).count()).toBe(1);
    await page.getByRole("link", { name: "去成立议事委员会" }).click();
    await page.getByLabel("联名门槛").fill("3");
    await page.getByRole("button", { name: "成立议事委员会" }).click();
    await until(() => page.getByRole("heading", { name: "江翠社区议事委员会" }).count()).toBe(1);
    expect(await page.getByText("已有 0/7 类 · 在任 0 人").count()).toBe(1);
  });

  it("adds a term, seats a resident as director, and records the member leaving", async () => {
    await page.getByRole("tab", { name: "届次" }).click();
    await page.getByRole("button", { name: "新增届次" }).click();
    await dialog("新增届次").getByRole("button", { name: "保存" }).click();
    await until(() => page.getByRole("table", { name: "届次" }).getByText("本届").count()).toBe(1);

    await page.getByRole("tab", { name: "委员（7+X）" }).click();
    await page.getByRole("button", { name: "添加委员" }).click();
    const form = dialog("添加委员");
    await form.getByRole("combobox", { name: "居民", exact: true }).fill(resident.name);
    await page.getByRole("option", { name: new RegExp(`^${resident.name}`) }).first().click();
    await form.getByRole("combobox", { name: "席位类别" }).click();
    await page.getByRole("option", { name: "党组织代表", exact: true }).click();
    await form.getByRole("combobox", { name: "职务" }).click();
    await page.getByRole("option", { name: "主任", exact: true }).click();
    await form.getByRole("button", { name: "保存" }).click();
    const seat = page.getByRole("region", { name: "党组织代表" });
    await until(() => seat.getByText(resident.name).count()).toBe(1);
    expect(await seat.getByText("主任").count()).toBe(1);
    await until(() => page.getByText("已有 1/7 类 · 在任 1 人").count()).toBe(1);
    await page.screenshot({ path: path.join(shots, "deliberation-08-committee-members.png"), fullPage: true, style: ".mantine-Notifications-root { display: none; }" });

    await seat.getByRole("button", { name: "离任" }).click();
    await dialog(`${resident.name} 离任`).getByLabel("离任原因").fill("工作调动");
    await dialog(`${resident.name} 离任`).getByRole("button", { name: "保存" }).click();
    await until(() => page.getByRole("table", { name: "离任及往届委员" }).getByText("工作调动").count()).toBe(1);
    expect(await seat.getByText("暂缺").count()).toBe(1);
  });

  it("drafts and adopts a charter, and adds a 不议 clause to the catalog", async () => {
    await page.getByRole("tab", { name: "章程" }).click();
    await page.getByRole("button", { name: "起草新版本" }).click();
    await dialog("起草新版本").getByLabel("正文").fill("第一条 本会在社区党组织领导下开展协商议事。\n第二条 议事会须有过半数委员出席方可举行。");
    await dialog("起草新版本").getByRole("button", { name: "保存" }).click();
    await until(() => page.getByText("第 1 版 · 议事委员会章程").count()).toBe(1);
    await page.getByRole("button", { name: "通过章程" }).click();
    await dialog("通过章程").getByRole("button", { name: "通过章程" }).click();
    await until(() => page.getByText("现行有效", { exact: true }).count()).toBe(1);

    await page.getByRole("tab", { name: "协商事项目录" }).click();
    const mustNot = page.getByRole("region", { name: "不议事项（六不议）" });
    await mustNot.getByRole("button", { name: "添加条款" }).click();
    await page.getByRole("dialog").getByLabel("条款内容").fill("涉及个人隐私或他人合法权益的事项");
    await page.getByRole("dialog").getByRole("button", { name: "保存" }).click();
    await until(() => mustNot.getByText("涉及个人隐私或他人合法权益的事项").count()).toBe(1);
    await page.screenshot({ path: path.join(shots, "deliberation-09-catalog.png"), fullPage: true, style: ".mantine-Notifications-root { display: none; }" });
  });
});
