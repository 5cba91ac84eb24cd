import { describe, expect, it } from "vitest";
import { claimRefusal, isExempt } from "./claim.rules.js";

const claim = (status: "SUBMITTED" | "APPROVED" | "PUBLICIZED" | "POSTED" | "REJECTED", points = 5) => ({ status, points });

describe("claims: 申报 → 审核 → 公示 → 入账", () => {
  it("review only what is submitted; reject until posted", () => {
    expect(claimRefusal("APPROVE", claim("SUBMITTED"), null, null)).toBeNull();
    expect(claimRefusal("APPROVE", claim("APPROVED"), null, null)).not.toBeNull();
    expect(claimRefusal("REJECT", claim("PUBLICIZED"), "OBJECTION_UPHELD", null)).toBeNull();
    expect(claimRefusal("REJECT", claim("PUBLICIZED"), "FINAL", null)).not.toBeNull();
    expect(claimRefusal("REJECT", claim("POSTED"), "FINAL", null)).toMatch(/冲正/);
  });

  it("post after a final notice, or after approval when exempt", () => {
    expect(claimRefusal("POST", claim("APPROVED"), null, null)).toMatch(/公示/);
    expect(claimRefusal("POST", claim("APPROVED", 5), null, 5)).toBeNull();
    expect(claimRefusal("POST", claim("APPROVED", -20), null, 5)).not.toBeNull();
    expect(claimRefusal("POST", claim("PUBLICIZED"), "PUBLISHED", null)).toMatch(/公示期未满/);
    expect(claimRefusal("POST", claim("PUBLICIZED"), "AWAITING_ANSWERS", null)).toMatch(/异议/);
    expect(claimRefusal("POST", claim("PUBLICIZED"), "OBJECTION_UPHELD", null)).toMatch(/异议成立/);
    expect(claimRefusal("POST", claim("PUBLICIZED"), "WITHDRAWN", null)).toMatch(/撤回/);
    expect(claimRefusal("POST", claim("PUBLICIZED"), "FINAL", null)).toBeNull();
    expect(claimRefusal("POST", claim("POSTED"), "FINAL", null)).not.toBeNull();
  });

  it("publicize approved claims, and again when their notice fell", () => {
    expect(claimRefusal("PUBLISH", claim("APPROVED"), null, null)).toBeNull();
    expect(claimRefusal("PUBLISH", claim("PUBLICIZED"), "PUBLISHED", null)).toMatch(/已在公示/);
    expect(claimRefusal("PUBLISH", claim("PUBLICIZED"), "WITHDRAWN", null)).toBeNull();
    expect(claimRefusal("PUBLISH", claim("SUBMITTED"), null, null)).not.toBeNull();
    expect(isExempt(-3, 5)).toBe(true);
    expect(isExempt(3, null)).toBe(false);
  });
});
