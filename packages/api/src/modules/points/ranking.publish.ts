// Publish a community's ranking and red and black lists as a notice (公示), through the notices module.
import { command } from "../../shared/audit.js";
import { assertCan } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, toGlobalId } from "../../shared/ids.js";
import { parsePeriodDays, publishNoticeInTx } from "../notices/notice.service.js";
import { notForResidentApps } from "../../shared/actor.js";
import { parsePeriod } from "./period.rules.js";
import { limitOf, pointsRanking, pointsRedBlackList, type AccountKind, type RankingRow } from "./ranking.service.js";

const line = (r: RankingRow, score: number) => `${r.rank}. ${r.name}  ${score}分`;

export async function publishPointsRanking(ctx: Context, input: { communityId: string; period: string; accountKind?: AccountKind | null; first?: number | null; periodDays?: number | null }) {
  const communityId = parseId("input.communityId", input.communityId, "Community");
  const periodDays = parsePeriodDays(input.periodDays);
  await assertCan(ctx, "notice:publish", communityId, "input.communityId");
  await assertCan(ctx, "points:read", communityId, "input.communityId");
  notForResidentApps(ctx, "input.communityId", "发布排行");
  const args = { nodeId: toGlobalId("Community", communityId), period: input.period, accountKind: input.accountKind ?? null, first: input.first ?? 10 };
  parsePeriod(input.period, "input.period");
  limitOf(args.first, "input.first");
  const ranking = await pointsRanking(ctx, args);
  const lists = await pointsRedBlackList(ctx, args);
  const who = ranking.accountKind === "HOUSEHOLD" ? "（按户）" : ranking.accountKind === "PERSON" ? "（按人）" : "";
  const content = [
    `${ranking.node.name}${ranking.period.label}积分排行${who}，共${ranking.accountCount}个账户获得或被扣积分。`,
    "",
    "【积分排行】",
    ...(ranking.rows.length ? ranking.rows.map((r) => line(r, r.net)) : ["（无）"]),
    "",
    "【红榜】本期无扣分、积分最高",
    ...(lists.red.length ? lists.red.map((r) => line(r, r.awarded)) : ["（无）"]),
    "",
    "【黑榜】本期被扣分",
    ...(lists.black.length ? lists.black.map((r) => `${r.rank}. ${r.name}  扣${r.deducted}分`) : ["（无）"]),
    "",
    "公示期内如有异议，请向社区（村）委员会提出。",
  ].join("\n");
  return command(ctx, (tx) =>
    publishNoticeInTx(tx, ctx, {
      communityId,
      subjectType: "PointsRanking",
      subjectId: null,
      stage: ranking.period.key,
      title: `【积分红黑榜】${ranking.node.name}${ranking.period.label}`,
      content,
      periodDays,
    }),
  );
}

