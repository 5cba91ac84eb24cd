import { describe, expect, it } from "vitest";
import { redemptionAction, redemptionStepRefusal, redemptionSteps } from "./store.rules.js";

describe("redemption steps", () => {
  it("PENDING is fulfilled or cancelled; nothing after", () => {
    expect(redemptionSteps("PENDING")).toEqual(["FULFIL", "CANCEL"]);
    expect(redemptionSteps("FULFILLED")).toEqual([]);
    expect(redemptionSteps("CANCELLED")).toEqual([]);
    expect(redemptionStepRefusal("FULFILLED", "CANCEL")).toContain("already fulfilled");
    expect(redemptionStepRefusal("CANCELLED", "FULFIL")).toContain("cancelled");
  });

  it("staff take both with store:fulfil; the resident's app only cancels (store:redeem); an app acting for nobody only fulfils", () => {
    expect([redemptionAction("FULFIL", "staff"), redemptionAction("CANCEL", "staff")]).toEqual(["store:fulfil", "store:fulfil"]);
    expect([redemptionAction("FULFIL", "resident"), redemptionAction("CANCEL", "resident")]).toEqual([null, "store:redeem"]);
    expect([redemptionAction("FULFIL", "app"), redemptionAction("CANCEL", "app")]).toEqual(["store:fulfil", null]);
  });
});
