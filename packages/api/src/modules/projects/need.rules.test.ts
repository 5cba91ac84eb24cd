import { describe, expect, it } from "vitest";
import { NEED_STEP_ACTIONS, needRefusal, needSteps, sponsorshipRefusal, sponsorshipSteps } from "./need.rules.js";

describe("needs board steps", () => {
  it("OPEN and CLAIMED take pledges; FULFIL needs a pledge arrived; a closed need takes nothing", () => {
    expect(needSteps({ status: "OPEN", projectId: null, receivedCount: 0 })).toEqual(["EDIT", "PLEDGE", "LINK", "CLOSE"]);
    expect(needSteps({ status: "CLAIMED", projectId: null, receivedCount: 1 })).toEqual(["EDIT", "PLEDGE", "FULFIL", "LINK", "CLOSE"]);
    expect(needSteps({ status: "CLAIMED", projectId: "p", receivedCount: 0 })).toEqual(["EDIT", "PLEDGE", "CLOSE"]);
    expect(needSteps({ status: "FULFILLED", projectId: null, receivedCount: 1 })).toEqual(["LINK", "CLOSE"]);
    expect(needSteps({ status: "CLOSED", projectId: null, receivedCount: 0 })).toEqual([]);
  });

  it("a pledge for a need of a closed project is refused", () => {
    expect(needRefusal({ status: "CLAIMED", projectId: "p", receivedCount: 0, projectStatus: "COMPLETED" }, "PLEDGE")).toContain("project is closed");
    expect(needRefusal({ status: "CLAIMED", projectId: null, receivedCount: 0 }, "FULFIL")).toContain("no pledge has arrived");
  });

  it("linking takes project:manage too; pledging sponsorship:record", () => {
    expect(NEED_STEP_ACTIONS.LINK).toEqual(["need:manage", "project:manage"]);
    expect(NEED_STEP_ACTIONS.PLEDGE).toEqual(["sponsorship:record"]);
  });
});

describe("pledge steps", () => {
  it("only a PLEDGED pledge is received or withdrawn", () => {
    expect(sponsorshipSteps("PLEDGED")).toEqual(["RECEIVE", "WITHDRAW"]);
    expect(sponsorshipSteps("RECEIVED")).toEqual([]);
    expect(sponsorshipRefusal("RECEIVED", "WITHDRAW")).toContain("it has arrived");
    expect(sponsorshipRefusal("WITHDRAWN", "RECEIVE")).toContain("withdrawn");
  });
});
