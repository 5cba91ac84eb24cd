import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { inCommunity } from "../test/fixtures";

const room = (n: number, allowedSteps: string[]) => ({
  __typename: "ServiceRoom",
  id: `U2VydmljZVJvb206${n}`,
  name: ["议事厅", "活动室"][n],
  kind: "MEETING",
  capacity: 20,
  bookableByResidents: false,
  description: null,
  active: true,
  allowedSteps,
});

const win = (n: number, allowedSteps: string[]) => ({
  __typename: "ServiceWindow",
  id: `U2VydmljZVdpbmRvdzo${n}`,
  number: String(n + 1),
  name: ["党群服务窗口", "民政救助窗口"][n],
  kind: "GENERAL",
  description: null,
  active: true,
  allowedSteps,
  clerkNames: [],
  clerks: [],
});

describe("the complex's settings", () => {
  it("shows 编辑 (and a window's 设置人员) on the rows whose allowedSteps hold EDIT (SET_CLERKS)", async () => {
    const complex = {
      __typename: "ServiceComplex",
      id: "U2VydmljZUNvbXBsZXg6MQ==",
      name: "荷塘社区党群服务中心",
      address: "荷塘路 1 号",
      phone: null,
      description: null,
      hoursNote: null,
      openingHours: [],
      rooms: [room(0, ["EDIT", "DEACTIVATE"]), room(1, [])],
      windows: [win(0, ["EDIT", "DEACTIVATE", "SET_CLERKS"]), win(1, [])],
    };
    server.use(...inCommunity(), graphql.query("ServiceComplexSettings", () => HttpResponse.json({ data: { serviceComplex: complex } })));
    renderApp("/service-complex/settings");
    const rooms = await screen.findByRole("table", { name: "会议室与功能室" });
    await waitFor(() => expect(within(rooms).getByText("议事厅")).toBeInTheDocument());
    const row = (table: HTMLElement, name: string) => within(within(table).getByText(name).closest("tr")!);
    expect(row(rooms, "议事厅").getByRole("button", { name: "编辑" })).toBeInTheDocument();
    expect(row(rooms, "活动室").queryByRole("button", { name: "编辑" })).not.toBeInTheDocument();
    const windows = screen.getByRole("table", { name: "服务窗口" });
    expect(row(windows, "党群服务窗口").getByRole("button", { name: "编辑" })).toBeInTheDocument();
    expect(row(windows, "民政救助窗口").queryByRole("button", { name: "编辑" })).not.toBeInTheDocument();
    expect(row(windows, "党群服务窗口").getByRole("button", { name: "设置人员" })).toBeInTheDocument();
    expect(row(windows, "民政救助窗口").queryByRole("button", { name: "设置人员" })).not.toBeInTheDocument();
  });
});
