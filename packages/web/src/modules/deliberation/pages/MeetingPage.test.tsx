import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { attendee, deliberationBase, tally, topicSteps } from "../test/fixtures";

type Vars = Record<string, unknown>;

const MEETING_ID = "TWVldGluZzox";
const members = [attendee(1, "王秀英", "PRESENT"), attendee(2, "陈建国", "PRESENT"), attendee(3, "黄丽华", "PRESENT"), attendee(4, "林志强", "ABSENT"), attendee(5, "李国华", null)];

const ballot = (n: number, voter: (typeof members)[number], choice: string) => ({ __typename: "Ballot", id: `QmFsbG90OjE${n}`, choice, voterId: voter.attendeeId, voterName: voter.name });

const openVote = (ballots: object[], t = tally({ for: 1, cast: 1 })) => ({
  __typename: "Vote",
  id: "Vm90ZTox",
  question: "是否同意修缮村道路灯的方案",
  status: "OPEN",
  result: null,
  threshold: "SIMPLE_MAJORITY",
  allowedSteps: ["CAST", "CLOSE"],
  tally: t,
  ballots,
});

const closedVote = {
  __typename: "Vote",
  id: "Vm90ZToy",
  question: "是否同意增设积分兑换点",
  status: "CLOSED",
  result: "PASSED",
  threshold: "SIMPLE_MAJORITY",
  allowedSteps: [],
  tally: tally({ for: 2, against: 1, cast: 3, projected: "PASSED" }),
  ballots: [ballot(1, members[0]!, "FOR"), ballot(2, members[1]!, "FOR"), ballot(3, members[2]!, "AGAINST")],
};

const agendaTopic = (n: number, title: string, status: string) => ({ __typename: "Topic", id: ["", "VG9waWM6MQ==", "VG9waWM6Mg=="][n], title, status, allowedSteps: topicSteps(status) });

function meeting(extra: Record<string, unknown> = {}) {
  return {
    __typename: "Meeting",
    id: MEETING_ID,
    title: "十二月协商议事日",
    status: "IN_PROGRESS",
    startsAt: "2026-12-01T11:30:00.000Z",
    endsAt: "2026-12-01T13:30:00.000Z",
    mode: "IN_PERSON",
    place: "村委会议事厅",
    onlineUrl: null,
    startedAt: "2026-12-01T11:35:00.000Z",
    closedAt: null,
    cancelReason: null,
    minutes: null,
    // What the API allows a meeting:manage holder while a vote is open (no CLOSE until it is closed).
    allowedSteps: ["EDIT_AGENDA", "RECORD_ATTENDANCE", "RECORD_MINUTES", "OPEN_VOTE"],
    community: { __typename: "Community", id: "Q29tbXVuaXR5OmM=" },
    quorum: { __typename: "Quorum", rule: "MORE_THAN_HALF", sitting: 5, required: 3, present: 3, reached: true },
    attendance: members,
    agenda: [
      { __typename: "AgendaItem", id: "QWdlbmRhSXRlbTox", position: 1, allowedSteps: [], topic: agendaTopic(1, "修缮村道路灯", "DELIBERATED"), vote: openVote([ballot(4, members[0]!, "FOR")]) },
      { __typename: "AgendaItem", id: "QWdlbmRhSXRlbToy", position: 2, allowedSteps: [], topic: agendaTopic(2, "增设村民积分兑换点", "DELIBERATED"), vote: closedVote },
    ],
    ...extra,
  };
}

const page = (node: object) => graphql.query("MeetingPage", () => HttpResponse.json({ data: { node } }));

describe("meeting page (the tablet in the room)", () => {
  it("shows the quorum from the attendance recorded", async () => {
    server.use(...deliberationBase(), page(meeting()));
    renderApp(`/deliberation/meetings/${MEETING_ID}`);
    const quorum = await screen.findByRole("region", { name: "法定人数" });
    expect(within(quorum).getByTestId("quorum-sitting")).toHaveTextContent("5");
    expect(within(quorum).getByTestId("quorum-required")).toHaveTextContent("3");
    expect(within(quorum).getByTestId("quorum-present")).toHaveTextContent("3");
    expect(within(quorum).getByText("已达到法定人数")).toBeInTheDocument();
  });

  it("without quorum says how many are missing and will not open a vote", async () => {
    const short = meeting({
      quorum: { __typename: "Quorum", rule: "MORE_THAN_HALF", sitting: 5, required: 3, present: 1, reached: false },
      attendance: [members[0], { ...members[1], status: "EXCUSED" }, { ...members[2], status: null }, members[3], members[4]],
      allowedSteps: ["CLOSE", "EDIT_AGENDA", "RECORD_ATTENDANCE", "RECORD_MINUTES", "OPEN_VOTE"],
      agenda: [{ __typename: "AgendaItem", id: "QWdlbmRhSXRlbTox", position: 1, allowedSteps: ["REMOVE", "OPEN_VOTE"], topic: agendaTopic(1, "修缮村道路灯", "SCHEDULED"), vote: null }],
    });
    server.use(...deliberationBase(), page(short));
    const { user } = renderApp(`/deliberation/meetings/${MEETING_ID}`);
    const quorum = await screen.findByRole("region", { name: "法定人数" });
    expect(within(quorum).getByText("未达到，还差 2 人")).toBeInTheDocument();
    expect(within(quorum).getByTestId("quorum-present")).toHaveTextContent("1");
    expect(screen.getByRole("button", { name: "发起表决" })).toBeDisabled();

    // The attendance sheet shows each person's recorded status as the pressed button.
    await user.click(screen.getByRole("tab", { name: "签到" }));
    const chen = screen.getByRole("group", { name: "陈建国的出席情况" });
    expect(within(chen).getByRole("button", { name: "请假" })).toHaveAttribute("aria-pressed", "true");
    expect(within(screen.getByRole("group", { name: "黄丽华的出席情况" })).getAllByRole("button").every((b) => b.getAttribute("aria-pressed") === "false")).toBe(true);
  });

  it("casts a present member's ballot with the vote, the voter and the choice", async () => {
    const sent: Vars[] = [];
    server.use(
      ...deliberationBase(),
      page(meeting()),
      graphql.mutation("CastBallot", ({ variables }) => {
        sent.push(variables);
        const cast = ballot(5, members[1]!, "AGAINST");
        const vote = openVote([ballot(4, members[0]!, "FOR"), cast], tally({ for: 1, against: 1, cast: 2 }));
        return HttpResponse.json({ data: { castBallot: { __typename: "MutationCastBallotSuccess", data: { ...cast, vote } } } });
      }),
    );
    const { user } = renderApp(`/deliberation/meetings/${MEETING_ID}`);
    const item = await screen.findByRole("region", { name: "议程第1项：修缮村道路灯" });
    // Only the members marked present vote.
    expect(within(item).getAllByTestId("ballot-row").map((r) => r.querySelector("p")?.textContent)).toEqual(["王秀英", "陈建国", "黄丽华"]);
    expect(within(within(item).getByRole("group", { name: "王秀英的表决" })).getByRole("button", { name: "赞成" })).toHaveAttribute("aria-pressed", "true");

    await user.click(within(within(item).getByRole("group", { name: "陈建国的表决" })).getByRole("button", { name: "反对" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ input: { voteId: "Vm90ZTox", voterId: members[1]!.attendeeId, choice: "AGAINST" } });
    // The live tally and the pressed button follow the server's answer.
    await waitFor(() => expect(within(within(item).getByRole("group", { name: "陈建国的表决" })).getByRole("button", { name: "反对" })).toHaveAttribute("aria-pressed", "true"));
    expect(within(item).getByText(/赞成 1 · 反对 1 · 弃权 0（已投 2/)).toBeInTheDocument();
  });

  it("a closed vote shows its result and the ballots, with no ballot buttons", async () => {
    server.use(...deliberationBase(), page(meeting()));
    renderApp(`/deliberation/meetings/${MEETING_ID}`);
    const item = await screen.findByRole("region", { name: "议程第2项：增设村民积分兑换点" });
    expect(within(item).getByText("通过")).toBeInTheDocument();
    expect(within(item).getByText("黄丽华：反对")).toBeInTheDocument();
    expect(within(item).queryByRole("group", { name: /的表决/ })).not.toBeInTheDocument();
    expect(within(item).queryByRole("button", { name: "赞成" })).not.toBeInTheDocument();
    expect(within(item).queryByRole("button", { name: "结束表决" })).not.toBeInTheDocument();
    expect(within(item).getByRole("button", { name: "形成决议" })).toBeInTheDocument();
  });
});
