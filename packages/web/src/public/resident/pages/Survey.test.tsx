// 满意度评价 against msw: a completed project in the public feed offers the survey; the resident
// answers once (a score is required), then sees their answer; an answered or closed survey shows no form.
import { screen, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "../../../test/server";
import type { SurveyProject } from "../queries.participation";
import { CODE, COMMUNITY_ID, connection, open, userError, viewer } from "./participation.testkit";

const PROJECT_ID = "UHJvamVjdDox";
const project = (over: Partial<SurveyProject> = {}): SurveyProject => ({
  id: PROJECT_ID,
  title: "四点半课堂",
  status: "COMPLETED",
  surveyOpen: true,
  community: { id: COMMUNITY_ID },
  viewerSurveyResponse: null,
  satisfaction: { responseCount: 3, averageScore: 4.33 },
  ...over,
});
const publicProject = {
  id: PROJECT_ID,
  title: "四点半课堂",
  description: "放学后托管。",
  typeName: "四点半课堂",
  status: "COMPLETED",
  percentComplete: 100,
  plannedStartOn: null,
  plannedEndOn: null,
  organizationName: null,
  volunteerMinutes: 0,
  committeeScore: null,
  committeeComment: null,
  completionSummary: "服务 40 名学生。",
  budget: { budgetFen: 0, spentFen: 0, receivedSponsorshipFen: 0 },
  milestones: [],
  updates: [],
  satisfaction: { responseCount: 3, averageScore: 4.33 },
  surveyOpen: true,
};
const community = { id: COMMUNITY_ID, code: CODE, name: "直冲村", kind: "RURAL", address: null, streetName: "外海街道", streetCode: null, districtName: "江海区", districtCode: null };

describe("满意度评价 (/me/survey/<project>)", () => {
  it("from the public project to the survey: answered once, then the answer is shown", async () => {
    const sent: unknown[] = [];
    server.use(
      viewer(),
      graphql.query("PublicCommunity", () => HttpResponse.json({ data: { publicCommunity: community } })),
      graphql.query("PublicProjects", () => HttpResponse.json({ data: { publicProjects: connection([publicProject, { ...publicProject, id: "UHJvamVjdDoy", title: "长者饭堂", status: "IN_PROGRESS", surveyOpen: false }]) } })),
      graphql.query("ResidentSurveyProject", ({ variables }) => (expect(variables).toEqual({ id: PROJECT_ID }), HttpResponse.json({ data: { node: { __typename: "Project", ...project() } } }))),
      graphql.mutation("ResidentAnswerSurvey", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { answerProjectSurvey: { __typename: "MutationAnswerProjectSurveySuccess", data: { id: "r1", score: 4, comment: null, createdAt: new Date().toISOString() } } } });
      }),
    );
    const { user } = open(`/c/${CODE}/projects`);
    expect(within(await screen.findByRole("article", { name: "长者饭堂" })).queryByRole("link", { name: "参与满意度评价" })).not.toBeInTheDocument();
    await user.click(within(screen.getByRole("article", { name: "四点半课堂" })).getByRole("link", { name: "参与满意度评价" }));
    const form = await screen.findByRole("form", { name: "满意度评价" });
    await user.click(within(form).getByRole("button", { name: "提交评价" }));
    expect(within(form).getByRole("alert")).toHaveTextContent("请选择 1 到 5 分");
    await user.click(within(form).getByLabelText(/4\s*满意/));
    await user.click(within(form).getByRole("button", { name: "提交评价" }));
    expect(await screen.findByText(/您已评价：4 分（满意）/)).toBeInTheDocument();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(sent).toEqual([{ input: { projectId: PROJECT_ID, score: 4 } }]);
  });

  it("answering twice is answered by the server's message; an answered survey shows the answer, a closed one why", async () => {
    server.use(
      viewer(),
      graphql.query("ResidentSurveyProject", () => HttpResponse.json({ data: { node: { __typename: "Project", ...project() } } })),
      graphql.mutation("ResidentAnswerSurvey", () => userError("answerProjectSurvey", "CONFLICT", "该居民已评价过本项目 (this resident has answered already)", "input.projectId")),
    );
    const { user, unmount } = open(`/c/${CODE}/me/survey/${PROJECT_ID}`);
    const form = await screen.findByRole("form", { name: "满意度评价" });
    await user.click(within(form).getByLabelText(/5\s*非常满意/));
    await user.click(within(form).getByRole("button", { name: "提交评价" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent(/^该居民已评价过本项目$/);
    unmount();

    server.use(graphql.query("ResidentSurveyProject", () => HttpResponse.json({ data: { node: { __typename: "Project", ...project({ viewerSurveyResponse: { score: 5, comment: "很好", createdAt: "2026-12-02T02:00:00Z" } }) } } })));
    const again = open(`/c/${CODE}/me/survey/${PROJECT_ID}`);
    expect(await screen.findByText(/您已评价：5 分（非常满意）/)).toBeInTheDocument();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    again.unmount();

    server.use(graphql.query("ResidentSurveyProject", () => HttpResponse.json({ data: { node: { __typename: "Project", ...project({ status: "EVALUATED", surveyOpen: false }) } } })));
    open(`/c/${CODE}/me/survey/${PROJECT_ID}`);
    expect(await screen.findByText(/不在满意度评价期/)).toBeInTheDocument();
  });
});
