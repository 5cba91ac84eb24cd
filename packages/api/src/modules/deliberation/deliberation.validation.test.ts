import { describe, expect, it } from "vitest";
import { toGlobalId } from "../../shared/ids.js";
import { termInput, topicInput } from "./deliberation.validation.js";
import { ballotInput, meetingShapeIssues, resolutionUpdateInput } from "./meeting.validation.js";

const at = (s: string) => new Date(s);

describe("meeting shape", () => {
  it("ends after it starts, lasts at most a day, and an in-person meeting has a place", () => {
    expect(meetingShapeIssues({ startsAt: at("2026-11-22T11:30:00Z"), endsAt: at("2026-11-22T13:30:00Z"), mode: "IN_PERSON", place: "议事厅" })).toEqual([]);
    expect(meetingShapeIssues({ startsAt: at("2026-11-22T11:30:00Z"), endsAt: at("2026-11-22T11:30:00Z"), mode: "ONLINE", place: null }).map((i) => i.path)).toEqual(["endsAt"]);
    expect(meetingShapeIssues({ startsAt: at("2026-11-22T11:30:00Z"), endsAt: at("2026-11-24T11:30:00Z"), mode: "ONLINE" }).map((i) => i.path)).toEqual(["endsAt"]);
    expect(meetingShapeIssues({ mode: "IN_PERSON", place: null }).map((i) => i.path)).toEqual(["place"]);
  });
});

describe("inputs", () => {
  const community = toGlobalId("Community", "0190a000-0000-7000-8000-000000000000");
  it("a term ends after it starts", () => {
    const committeeId = toGlobalId("Committee", "0190a000-0000-7000-8000-000000000001");
    expect(termInput.safeParse({ committeeId, number: 1, startsOn: "2026-01-01", endsOn: "2028-12-31" }).success).toBe(true);
    const bad = termInput.safeParse({ committeeId, number: 1, startsOn: "2026-01-01", endsOn: "2025-12-31" });
    expect(bad.success || bad.error.issues.map((i) => i.path.join("."))).toEqual(["endsOn"]);
  });
  it("topic attachments are http(s) URLs or storage paths; titles are trimmed and required", () => {
    const base = { communityId: community, title: " 路灯 ", description: "d", category: "OTHER" };
    expect(topicInput.parse({ ...base, attachments: [{ name: "图", url: "uploads/2026/11/a.jpg" }] }).title).toBe("路灯");
    expect(topicInput.safeParse({ ...base, attachments: [{ name: "图", url: "https://files.example.cn/a.jpg" }] }).success).toBe(true);
    expect(topicInput.safeParse({ ...base, attachments: [{ name: "x", url: "javascript:alert(1)" }] }).success).toBe(false);
    expect(topicInput.safeParse({ ...base, title: "   " }).success).toBe(false);
  });
  it("a ballot names a choice of three; an update needs a note", () => {
    const voteId = toGlobalId("Vote", "0190a000-0000-7000-8000-000000000002");
    expect(ballotInput.safeParse({ voteId, voterId: "x", choice: "FOR" }).success).toBe(true);
    expect(ballotInput.safeParse({ voteId, voterId: "x", choice: "MAYBE" }).success).toBe(false);
    expect(resolutionUpdateInput.safeParse({ resolutionId: toGlobalId("Resolution", "0190a000-0000-7000-8000-000000000003"), note: "" }).success).toBe(false);
  });
});
