// 申报 → 审核 → 公示 → 入账: which step a claim allows, as pure functions of its status, its notice's
// status and the community's publicity exemption.
import type { Action } from "../../shared/authz.js";
import type { NoticeStatus } from "../notices/notice.rules.js";

export type ClaimStatus = "SUBMITTED" | "APPROVED" | "PUBLICIZED" | "POSTED" | "REJECTED";
export type ClaimStep = "APPROVE" | "REJECT" | "PUBLISH" | "POST";

export const CLAIM_STEPS: readonly ClaimStep[] = ["APPROVE", "REJECT", "PUBLISH", "POST"];

/** The actions each step takes (apps acting for a resident take none). */
export const CLAIM_STEP_ACTIONS: Record<ClaimStep, readonly Action[]> = {
  APPROVE: ["points:approve"],
  REJECT: ["points:approve"],
  PUBLISH: ["points:approve", "notice:publish"],
  POST: ["points:approve"],
};

export const CLAIM_STATUS_LABEL: Record<ClaimStatus, string> = { SUBMITTED: "待审核", APPROVED: "审核通过", PUBLICIZED: "公示中", POSTED: "已入账", REJECTED: "未通过" };

/** Small awards are posted without a notice when the community says so. */
export const isExempt = (points: number, exemptMax: number | null) => exemptMax !== null && Math.abs(points) <= exemptMax;

/** A notice that no longer stands: the claims on it may be publicized again (or rejected). */
const fallen = (s: NoticeStatus | null) => s === "WITHDRAWN" || s === "OBJECTION_UPHELD";

/** Why a claim may not take `step` now; null when it may. */
export function claimRefusal(step: ClaimStep, c: { status: ClaimStatus; points: number }, noticeStatus: NoticeStatus | null, exemptMax: number | null): string | null {
  const label = CLAIM_STATUS_LABEL[c.status];
  switch (step) {
    case "APPROVE":
      return c.status === "SUBMITTED" ? null : `申报${label}，不能审核 (only a SUBMITTED claim is reviewed)`;
    case "REJECT":
      if (c.status === "POSTED") return "已入账的申报不能驳回，请冲正积分记录 (posted: reverse its entry instead)";
      if (c.status === "REJECTED") return "申报已驳回 (already rejected)";
      if (c.status === "PUBLICIZED" && noticeStatus === "FINAL") return "公示已生效，不能驳回 (the notice is final: post it)";
      return null;
    case "PUBLISH":
      if (c.status === "APPROVED" || (c.status === "PUBLICIZED" && fallen(noticeStatus))) return null;
      if (c.status === "PUBLICIZED") return "申报已在公示中 (already publicized)";
      return `申报${label}，不能公示 (only an APPROVED claim is publicized)`;
    case "POST":
      if (c.status === "APPROVED") return isExempt(c.points, exemptMax) ? null : "须先公示，公示期满无异议后入账 (publicize it first)";
      if (c.status === "PUBLICIZED") {
        if (noticeStatus === "FINAL") return null;
        if (noticeStatus === "PUBLISHED") return "公示期未满，不能入账 (the notice period has not ended)";
        if (noticeStatus === "AWAITING_ANSWERS") return "公示有异议待答复，不能入账 (an objection awaits its answer)";
        if (noticeStatus === "OBJECTION_UPHELD") return "公示异议成立，不能入账 (an objection was upheld)";
        return "公示已撤回，请重新公示 (the notice was withdrawn)";
      }
      return `申报${label}，不能入账 (only an approved claim is posted)`;
  }
}
