import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY, OTHER_COMMUNITY } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { connection, inCommunity, userError } from "../test/fixtures";

type Vars = Record<string, unknown>;

function member(n: number, extra: Record<string, unknown> = {}) {
  return {
    __typename: "VolunteerCommitteeMember",
    id: `Vm9sdW50ZWVyQ29tbWl0dGVlTWVtYmVyOj${n}`,
    name: ["陈莲", "黄大姐", "陈秀丽"][n],
    role: ["DIRECTOR", "DEPUTY_DIRECTOR", "MEMBER"][n],
    joinedOn: "2026-01-05",
    sitting: true,
    leftOn: null,
    leaveReason: null,
    // As the API answers staff holding volunteer:manage.
    allowedSteps: extra.leftOn ? [] : ["END"],
    ...extra,
  };
}

const committee = (members: object[], all = members) => ({ __typename: "VolunteerCommittee", id: "Vm9sdW50ZWVyQ29tbWl0dGVlOjE=", name: "荷塘社区志愿服务委员会", description: null, members, all });

function volunteer(n: number, extra: Record<string, unknown> = {}) {
  return {
    __typename: "Volunteer",
    id: `Vm9sdW50ZWVyOj${n}`,
    name: ["陈莲", "梁志强"][n],
    kind: "RESIDENT",
    isPartyMember: false,
    homeCommunityName: null,
    workUnit: null,
    skills: [],
    active: true,
    verifiedHours: 0,
    registeredAt: "2026-10-01T01:00:00.000Z",
    teams: [],
    ...extra,
  };
}

function pageHandlers(committeeNode: object, volunteers: object[] = [volunteer(0)]) {
  return [
    graphql.query("VolunteerCommittee", () => HttpResponse.json({ data: { volunteerCommittee: committeeNode } })),
    graphql.query("VolunteerTeams", () => HttpResponse.json({ data: { volunteerTeams: connection("QueryVolunteerTeams", []) } })),
    graphql.query("Volunteers", () => HttpResponse.json({ data: { volunteers: connection("QueryVolunteers", volunteers) } })),
  ];
}

describe("teams and volunteers", () => {
  it("records a committee member leaving: the date is required, the member moves to the former ones", async () => {
    const sent: Vars[] = [];
    server.use(
      ...inCommunity(),
      ...pageHandlers(committee([member(0), member(1), member(2)])),
      graphql.mutation("EndVolunteerCommitteeMembership", ({ variables }) => {
        sent.push(variables);
        const input = variables.input as { leftOn: string };
        if (input.leftOn < "2026-01-05") return HttpResponse.json({ data: { endVolunteerCommitteeMembership: userError("INVALID", "input.leftOn", "离任日期不能早于任职日期") } });
        const left = member(1, { sitting: false, leftOn: input.leftOn, leaveReason: "外出务工" });
        const data = { ...left, committee: committee([member(0), member(2)], [member(0), left, member(2)]) };
        return HttpResponse.json({ data: { endVolunteerCommitteeMembership: { __typename: "MutationEndVolunteerCommitteeMembershipSuccess", data } } });
      }),
    );
    const { user } = renderApp("/volunteering/teams");
    const card = await screen.findByTestId("committee-card");
    await waitFor(() => expect(within(card).getByText("副主任 · 黄大姐")).toBeInTheDocument());
    await user.click(within(card).getByRole("button", { name: "副主任 黄大姐 离任" }));
    const dialog = await screen.findByRole("dialog", { name: "副主任 黄大姐 离任" });
    const leftOn = within(dialog).getByLabelText(/离任日期/);
    await user.clear(leftOn);
    await user.click(within(dialog).getByRole("button", { name: "确认离任" }));
    expect(await within(dialog).findByText("请输入有效的日期")).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(leftOn, "2025-12-01");
    await user.click(within(dialog).getByRole("button", { name: "确认离任" }));
    await waitFor(() => expect(leftOn).toHaveAccessibleDescription("离任日期不能早于任职日期"));

    await user.clear(leftOn);
    await user.type(leftOn, "2026-11-30");
    await user.type(within(dialog).getByRole("textbox", { name: "理由（选填）" }), "外出务工");
    await user.click(within(dialog).getByRole("button", { name: "确认离任" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "副主任 黄大姐 离任" })).not.toBeInTheDocument());
    expect(sent[1]).toEqual({ id: member(1).id, input: { leftOn: "2026-11-30", reason: "外出务工" } });
    await waitFor(() => expect(within(card).queryByText("副主任 · 黄大姐")).not.toBeInTheDocument());
    expect(within(card).getByTestId("former-members")).toHaveTextContent("已离任：副主任 黄大姐，2026年11月30日 离任，外出务工");
  });

  it("registers an in-work party member of another community (双报到): only that community's party members are offered", async () => {
    const asked: Vars[] = [];
    const sent: Vars[] = [];
    server.use(
      ...inCommunity(),
      ...pageHandlers(committee([member(0)]), [volunteer(0), volunteer(1, { kind: "DUAL_REGISTERED", isPartyMember: true, homeCommunityName: "棠下村", workUnit: "区税务局" })]),
      graphql.query("VolunteerHomeCommunities", () =>
        HttpResponse.json({ data: { communities: { __typename: "QueryCommunitiesConnection", edges: [COMMUNITY, OTHER_COMMUNITY].map((node) => ({ __typename: "QueryCommunitiesConnectionEdge", node })) } } }),
      ),
      graphql.query("ResidentPickerOptions", ({ variables }) => {
        asked.push(variables);
        const party = { __typename: "Resident", id: "UmVzaWRlbnQ6OTk=", name: "梁志强", maskedPhone: "139****0099", isPartyMember: true, grid: null };
        const local = { __typename: "Resident", id: "UmVzaWRlbnQ6MQ==", name: "陈莲", maskedPhone: null, isPartyMember: false, grid: null };
        return HttpResponse.json({ data: { residents: connection("QueryResidents", variables.communityId === OTHER_COMMUNITY.id ? [party] : [local]) } });
      }),
      graphql.mutation("RegisterVolunteer", ({ variables }) => {
        sent.push(variables);
        const data = volunteer(1, { kind: "DUAL_REGISTERED", isPartyMember: true, homeCommunityName: "棠下村", workUnit: "区税务局" });
        return HttpResponse.json({ data: { registerVolunteer: { __typename: "MutationRegisterVolunteerSuccess", data } } });
      }),
    );
    const { user } = renderApp("/volunteering/teams");
    const table = await screen.findByTestId("volunteers-table");
    await waitFor(() => expect(within(table).getByText("居住地：棠下村 · 区税务局")).toBeInTheDocument());

    await user.click(screen.getByRole("button", { name: "登记志愿者" }));
    const dialog = await screen.findByRole("dialog", { name: "登记志愿者" });
    expect(within(dialog).getByRole("combobox", { name: "居住社区" })).toHaveValue("本社区（荷塘社区）");
    await user.click(within(dialog).getByRole("combobox", { name: "居住社区" }));
    await user.click(await screen.findByRole("option", { name: "北街街道 · 棠下村" }));
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ communityId: OTHER_COMMUNITY.id, isPartyMember: true }));
    await user.click(within(dialog).getByRole("combobox", { name: /报到党员/ }));
    await user.click(await screen.findByRole("option", { name: "梁志强（139****0099）" }));
    await user.type(within(dialog).getByRole("textbox", { name: "工作单位" }), "区税务局");
    await user.click(within(dialog).getByRole("button", { name: "保存" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "登记志愿者" })).not.toBeInTheDocument());
    expect(sent).toEqual([{ input: { communityId: COMMUNITY.id, residentId: "UmVzaWRlbnQ6OTk=", skills: [], workUnit: "区税务局", note: null } }]);
  });

  it("offers 调整队员 on the teams whose allowedSteps hold SET_MEMBER (an inactive team takes no member)", async () => {
    const team = (n: number, active: boolean) => ({
      __typename: "VolunteerTeam",
      id: `Vm9sdW50ZWVyVGVhbTo${n}`,
      name: ["山歌队", "篮球队"][n],
      kind: ["CULTURE", "SPORTS"][n],
      description: null,
      active,
      // As the API answers staff holding volunteer:manage.
      allowedSteps: active ? ["EDIT", "DEACTIVATE", "SET_MEMBER"] : ["EDIT", "ACTIVATE"],
      leaderName: null,
      memberCount: 0,
      activityCount: 0,
      members: [],
    });
    server.use(
      graphql.query("VolunteerTeams", () => HttpResponse.json({ data: { volunteerTeams: connection("QueryVolunteerTeams", [team(0, true), team(1, false)]) } })),
      ...inCommunity(),
      ...pageHandlers(committee([member(0)])),
    );
    renderApp("/volunteering/teams");
    const table = await screen.findByTestId("teams-table");
    await waitFor(() => expect(within(table).getByText("山歌队")).toBeInTheDocument());
    const row = (name: string) => within(within(table).getByText(name).closest("tr")!);
    expect(row("山歌队").getByRole("button", { name: "调整队员" })).toBeInTheDocument();
    expect(row("篮球队").queryByRole("button", { name: "调整队员" })).not.toBeInTheDocument();
  });
});
