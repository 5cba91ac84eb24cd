import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { COMPLEX, connection, inCommunity, userError } from "../test/fixtures";

type Vars = Record<string, unknown>;

const ROOMS = [
  { __typename: "ServiceRoom", id: "U2VydmljZVJvb206MQ==", name: "会议室", kind: "MEETING", capacity: 30, bookableByResidents: false },
  { __typename: "ServiceRoom", id: "U2VydmljZVJvb206Mg==", name: "党员活动室", kind: "ACTIVITY", capacity: 40, bookableByResidents: true },
];

const CONFLICT = "该时段已被预约（2026-11-24T02:00:00.000Z – 2026-11-24T03:00:00.000Z） (overlaps an existing booking)";

describe("booking a room", () => {
  it("refuses an end before the start in the browser, and shows the server's CONFLICT under the start time", async () => {
    const sent: Vars[] = [];
    const ranges: Vars[] = [];
    server.use(
      ...inCommunity(),
      graphql.query("ServiceRooms", () => HttpResponse.json({ data: { serviceComplex: { ...COMPLEX, rooms: ROOMS } } })),
      graphql.query("RoomBookings", ({ variables }) => {
        ranges.push(variables);
        return HttpResponse.json({ data: { roomBookings: connection("QueryRoomBookings", []) } });
      }),
      graphql.mutation("CreateRoomBooking", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { createRoomBooking: userError("CONFLICT", "input.startsAt", CONFLICT) } });
      }),
    );
    const { user } = renderApp("/service-complex/rooms");
    await screen.findByTestId("week-calendar");
    // The calendar asks for one week, Monday to Monday.
    await waitFor(() => expect(ranges.length).toBeGreaterThan(0));
    const { from, to } = ranges[0] as { from: string; to: string };
    expect(new Date(to).getTime() - new Date(from).getTime()).toBe(7 * 86_400_000);
    expect(new Date(from).getDay()).toBe(1);

    await user.click(screen.getByRole("button", { name: "预约会议室" }));
    const dialog = await screen.findByRole("dialog", { name: "预约会议室" });
    fireEvent.change(within(dialog).getByLabelText(/^日期/), { target: { value: "2026-11-24" } });
    const start = within(dialog).getByLabelText(/^开始时间/);
    const end = within(dialog).getByLabelText(/^结束时间/);
    fireEvent.change(start, { target: { value: "10:00" } });
    fireEvent.change(end, { target: { value: "09:30" } });
    await user.type(within(dialog).getByRole("textbox", { name: "用途" }), "楼长例会");
    await user.click(within(dialog).getByRole("button", { name: "保存" }));
    expect(end).toHaveAccessibleDescription("结束时间须晚于开始时间");
    expect(sent).toHaveLength(0);

    fireEvent.change(end, { target: { value: "11:00" } });
    await user.click(within(dialog).getByRole("button", { name: "保存" }));
    await waitFor(() => expect(start).toHaveAccessibleDescription(CONFLICT));
    expect(end).not.toHaveAccessibleDescription();
    expect(sent).toHaveLength(1);
    const input = sent[0]!.input as { roomId: string; startsAt: string; endsAt: string; purpose: string };
    expect(input).toMatchObject({ roomId: ROOMS[0]!.id, purpose: "楼长例会" });
    expect(new Date(input.startsAt).getTime()).toBe(new Date("2026-11-24T10:00:00").getTime());
    expect(new Date(input.endsAt).getTime() - new Date(input.startsAt).getTime()).toBe(3_600_000);
    expect(screen.getByRole("dialog", { name: "预约会议室" })).toBeInTheDocument();
  });
});
