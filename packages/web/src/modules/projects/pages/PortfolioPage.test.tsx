import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY, STREET } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { inCommunity } from "../test/fixtures";

const status = (s: string, count: number) => ({ __typename: "ProjectStatusCount", status: s, count });

function portfolio(nodeId: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: "ProjectPortfolio",
    nodeId,
    nodeKind: nodeId === STREET.id ? "STREET" : "COMMUNITY",
    nodeName: nodeId === STREET.id ? STREET.name : COMMUNITY.name,
    communityCount: nodeId === STREET.id ? 2 : 1,
    projectCount: 4,
    budgetedFen: 3_600_000,
    spentFen: 1_800_000,
    burnRate: 0.5,
    receivedSponsorshipFen: 800_000,
    beneficiaryTotal: 1234,
    overdueProjectCount: 1,
    overspentProjectCount: 0,
    averageSatisfaction: 4.5,
    surveyResponseCount: 12,
    byStatus: [status("PROPOSED", 1), status("DELIBERATING", 0), status("APPROVED", 0), status("IN_PROGRESS", 2), status("COMPLETED", 0), status("EVALUATED", 1), status("CANCELLED", 0)],
    beneficiaries: [{ __typename: "BeneficiaryGroupCount", group: "ELDERLY", count: 1000 }, { __typename: "BeneficiaryGroupCount", group: "CHILDREN", count: 234 }],
    byType: [{ __typename: "ProjectPortfolioType", typeName: "街长制", projectCount: 2, budgetedFen: 1_800_000, spentFen: 900_000, beneficiaryTotal: 1000 }],
    byCommunity: [
      { __typename: "ProjectPortfolioCommunity", communityId: COMMUNITY.id, communityName: COMMUNITY.name, projectCount: 4, budgetedFen: 3_600_000, spentFen: 1_800_000, burnRate: 0.5, receivedSponsorshipFen: 800_000, beneficiaryTotal: 1234, overdueProjectCount: 1, overspentProjectCount: 0, averageSatisfaction: 4.5 },
    ],
    ...extra,
  };
}

describe("the portfolio", () => {
  it("shows counts by status, funds and beneficiaries of the community, then across the street", async () => {
    const asked: string[] = [];
    server.use(
      ...inCommunity(),
      graphql.query("ProjectPortfolio", ({ variables }) => {
        asked.push(variables.nodeId as string);
        return HttpResponse.json({ data: { projectPortfolio: portfolio(variables.nodeId as string, variables.nodeId === STREET.id ? { projectCount: 9, beneficiaryTotal: 5678 } : {}) } });
      }),
    );
    const { user } = renderApp("/projects/portfolio");
    expect(await screen.findByTestId("portfolio-count")).toHaveTextContent("4");
    expect(screen.getByTestId("portfolio-budgeted")).toHaveTextContent("¥36,000.00");
    expect(screen.getByTestId("portfolio-beneficiaries")).toHaveTextContent("1,234");
    const statuses = screen.getByTestId("portfolio-statuses");
    expect(statuses).toHaveTextContent("实施中 2");
    expect(statuses).toHaveTextContent("已评议 1");
    expect(within(screen.getByTestId("portfolio-communities")).getByText(COMMUNITY.name)).toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: STREET.name }));
    await waitFor(() => expect(screen.getByTestId("portfolio-count")).toHaveTextContent("9"));
    expect(screen.getByTestId("portfolio-beneficiaries")).toHaveTextContent("5,678");
    expect(asked).toEqual([COMMUNITY.id, STREET.id]);
  });

  it("downloads the API's Excel workbook of the scope shown", async () => {
    const exported: unknown[] = [];
    server.use(
      ...inCommunity(),
      graphql.query("ProjectPortfolio", ({ variables }) => HttpResponse.json({ data: { projectPortfolio: portfolio(variables.nodeId as string) } })),
      graphql.query("ProjectPortfolioExcel", ({ variables }) => {
        exported.push(variables.nodeId);
        return HttpResponse.json({ data: { projectPortfolioExcel: { __typename: "ExcelFile", filename: "项目总览-荷塘社区.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", contentBase64: btoa("PK"), size: 2 } } });
      }),
    );
    URL.createObjectURL = () => "blob:x";
    URL.revokeObjectURL = () => {};
    const { user } = renderApp("/projects/portfolio");
    await user.click(await screen.findByRole("button", { name: "导出 Excel" }));
    expect(await screen.findByText("已下载 项目总览-荷塘社区.xlsx")).toBeInTheDocument();
    expect(exported).toEqual([COMMUNITY.id]);
  });
});
