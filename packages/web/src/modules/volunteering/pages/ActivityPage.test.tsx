import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { activity, activityQuery, inCommunity, signUp, userError } from "../test/fixtures";

type Vars = Record<string, unknown>;
const ACTIVITY = activity();
const PATH = `/volunteering/activities/${encodeURIComponent(ACTIVITY.id)}`;
const PENDING = [signUp(0), signUp(1)];
const WAITING = signUp(3, { status: "WAITLISTED", waitlistPosition: 1, checkedInAt: null, checkInMethod: null, checkedOutAt: null, checkOutMethod: null, minutes: null, hoursStatus: "NONE" });
const rowOf = (table: string, name: string) => within(screen.getByTestId(table)).getByText(name).closest("tr")!;

describe("the activity page", () => {
  it("shows the facts, the QR code value, sign-ups with the waiting list, and the hours to verify", async () => {
    server.use(...inCommunity(), activityQuery(ACTIVITY, [...PENDING, WAITING]));
    renderApp(PATH);
    expect(await screen.findByRole("heading", { name: "三清三拆环境整治" })).toBeInTheDocument();
    expect(screen.getByTestId("activity-status")).toHaveTextContent("已发布已结束");
    expect(screen.getByTestId("activity-code")).toHaveTextContent("va_e2eCODE123");
    expect(screen.getByTestId("activity-places")).toHaveTextContent("3/3");
    expect(within(screen.getByTestId("signups-table")).getAllByRole("row")).toHaveLength(3);
    expect(within(screen.getByTestId("waitlist-table")).getByText("第 1 位")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "工时核定（待核定 2）" })).toBeInTheDocument();
    expect(within(rowOf("hours-table", "麦建")).getByText("90 分钟（1.5 小时）")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "全部核定（2）" })).toBeInTheDocument();
  });

  it("draws the check-in code as a QR code to print for the activity", async () => {
    server.use(...inCommunity(), activityQuery(ACTIVITY, PENDING));
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole("button", { name: "显示二维码" }));
    const dialog = await screen.findByRole("dialog", { name: "扫码签到二维码" });
    const qr = await within(dialog).findByTestId("activity-qr");
    expect(qr.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
    // The picture encodes the resident side's check-in page on this origin (a phone's camera opens it); the bare code is shown too.
    expect(within(dialog).getByTestId("activity-qr-url")).toHaveTextContent(`${window.location.origin}/c/440703-ZC-001/checkin/va_e2eCODE123`);
    expect(within(dialog).getByText("va_e2eCODE123")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "打印" })).toBeEnabled();
  });

  it("approves hours: the row shows the points the mutation returns", async () => {
    const sent: Vars[] = [];
    server.use(
      ...inCommunity(),
      activityQuery(ACTIVITY, PENDING),
      graphql.mutation("ApproveVolunteerHours", ({ variables }) => {
        sent.push(variables);
        const data = {
          ...signUp(0, { hoursStatus: "APPROVED", verifiedMinutes: 90, verifiedByName: "李书记", verifiedAt: "2026-11-21T01:00:00.000Z", pointsAwarded: 15 }),
          pointsEntry: { __typename: "PointsEntry", id: "UG9pbnRzRW50cnk6MQ==", account: { __typename: "PointsAccount", id: "UG9pbnRzQWNjb3VudDox", balance: 55, awarded: 85 } },
          activity: { __typename: "VolunteerActivity", id: ACTIVITY.id, confirmedCount: 3, waitlistCount: 1, checkedInCount: 2, pendingHoursCount: 1, placesLeft: 0 },
        };
        return HttpResponse.json({ data: { approveVolunteerHours: { __typename: "MutationApproveVolunteerHoursSuccess", data } } });
      }),
    );
    const { user } = renderApp(PATH);
    await screen.findByTestId("hours-table");
    await user.click(within(rowOf("hours-table", "麦建")).getByRole("button", { name: "核定" }));
    await waitFor(() => expect(within(rowOf("hours-table", "麦建")).getByText("+15")).toBeInTheDocument());
    expect(within(rowOf("hours-table", "麦建")).getByText("已核定")).toBeInTheDocument();
    expect(within(rowOf("hours-table", "麦建")).queryByRole("button", { name: "核定" })).not.toBeInTheDocument();
    expect(sent).toEqual([{ id: PENDING[0]!.id }]);
  });

  it("adjusts hours only with a reason, and shows the server's issue on the minutes field", async () => {
    const sent: Vars[] = [];
    server.use(
      ...inCommunity(),
      activityQuery(ACTIVITY, PENDING),
      graphql.mutation("AdjustVolunteerHours", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { adjustVolunteerHours: userError("INVALID", "input.minutes", "核定时长不能超过活动时长 120 分钟") } });
      }),
    );
    const { user } = renderApp(PATH);
    await screen.findByTestId("hours-table");
    await user.click(within(rowOf("hours-table", "叶敏丽")).getByRole("button", { name: "调整" }));
    const dialog = await screen.findByRole("dialog", { name: "调整 叶敏丽 的工时" });
    const minutes = within(dialog).getByRole("textbox", { name: "核定分钟数" });
    await user.clear(minutes);
    await user.type(minutes, "60");
    await user.click(within(dialog).getByRole("button", { name: "按调整后时长核定" }));
    expect(within(dialog).getByRole("textbox", { name: "调整理由" })).toHaveAccessibleDescription("请填写理由");
    expect(sent).toHaveLength(0);

    await user.type(within(dialog).getByRole("textbox", { name: "调整理由" }), "提前离场");
    await user.click(within(dialog).getByRole("button", { name: "按调整后时长核定" }));
    await waitFor(() => expect(minutes).toHaveAccessibleDescription("核定时长不能超过活动时长 120 分钟"));
    expect(sent).toEqual([{ id: PENDING[1]!.id, input: { minutes: 60, reason: "提前离场" } }]);
  });

  it("approves all pending hours at once for the activity", async () => {
    const sent: Vars[] = [];
    server.use(
      ...inCommunity(),
      activityQuery(ACTIVITY, PENDING),
      graphql.mutation("BulkApproveVolunteerHours", ({ variables }) => {
        sent.push(variables);
        const approved = PENDING.map((s, i) => ({
          ...s,
          hoursStatus: "APPROVED",
          verifiedMinutes: 90,
          verifiedByName: "李书记",
          pointsAwarded: 15,
          pointsEntry: { __typename: "PointsEntry", id: `UG9pbnRzRW50cnk6${i}`, account: { __typename: "PointsAccount", id: `QWNj${i}` } },
          activity: { __typename: "VolunteerActivity", id: ACTIVITY.id, confirmedCount: 3, waitlistCount: 1, checkedInCount: 2, pendingHoursCount: 0, placesLeft: 0 },
        }));
        return HttpResponse.json({ data: { bulkApproveVolunteerHours: { __typename: "MutationBulkApproveVolunteerHoursSuccess", data: { __typename: "BulkApproveVolunteerHoursResult", approvedCount: 2, approved, skipped: [] } } } });
      }),
    );
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole("button", { name: "全部核定（2）" }));
    await waitFor(() => expect(within(screen.getByTestId("hours-table")).getAllByText("+15")).toHaveLength(2));
    expect(screen.getByRole("heading", { name: "工时核定（待核定 0）" })).toBeInTheDocument();
    expect(sent).toEqual([{ input: { activityId: ACTIVITY.id } }]);
  });

  it("offers no verification to a viewer without hours:verify", async () => {
    // The API sends the QR code's value only to holders of activity:manage.
    // … and leaves out of allowedSteps what the viewer's grants do not allow.
    server.use(
      ...inCommunity([...COMMUNITY.viewerActions, "volunteer:read", "points:read"]),
      activityQuery(
        activity({ checkInCode: null, allowedSteps: [] }),
        PENDING.map((s) => ({ ...s, allowedSteps: [] })),
      ),
    );
    renderApp(PATH);
    await screen.findByTestId("hours-table");
    expect(screen.queryByRole("button", { name: "核定" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "取消活动" })).not.toBeInTheDocument();
    expect(screen.queryByTestId("activity-code")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "代签到" })).not.toBeInTheDocument();
  });
});
