import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { connection, inCommunity } from "../test/fixtures";

type Vars = Record<string, unknown>;

const pendingSignUp = (n: number, name: string, title: string) => ({
  __typename: "VolunteerSignUp",
  id: `Vm9sdW50ZWVyU2lnblVwOj${n}`,
  checkedInAt: "2026-11-20T01:00:00.000Z",
  checkedOutAt: "2026-11-20T02:30:00.000Z",
  minutes: 90,
  volunteer: { __typename: "Volunteer", id: `Vm9sdW50ZWVyOj${n}`, name },
  activity: { __typename: "VolunteerActivity", id: `Vm9sdW50ZWVyQWN0aXZpdHk6${n}`, title },
});

const pending = (seen: Vars[]) =>
  graphql.query("PendingHours", ({ variables }) => {
    seen.push(variables);
    return HttpResponse.json({ data: { volunteerSignUps: connection("QueryVolunteerSignUps", [pendingSignUp(1, "麦建", "清洁家园"), pendingSignUp(2, "叶敏丽", "关爱长者")]) } });
  });
const calendar = (seen: Vars[]) =>
  graphql.query("VolunteerActivities", ({ variables }) => {
    seen.push(variables);
    return HttpResponse.json({ data: { volunteerActivities: connection("QueryVolunteerActivities", []) } });
  });

describe("activities page: hours to verify", () => {
  it("opens on the sign-ups waiting for verification from the workbench's link (?hours=pending), each linking to its activity", async () => {
    const asked: Vars[] = [];
    const months: Vars[] = [];
    server.use(...inCommunity(), pending(asked), calendar(months));
    const { user } = renderApp("/volunteering/activities?hours=pending");
    const table = await screen.findByTestId("pending-hours-table");
    expect(await within(table).findByText("麦建")).toBeInTheDocument();
    // The list is volunteerSignUps(hoursStatuses: [PENDING]) of the community: the workbench's count is its totalCount.
    expect(asked[0]).toMatchObject({ communityId: COMMUNITY.id });
    expect(within(table).getByRole("link", { name: "清洁家园" })).toHaveAttribute("href", "/volunteering/activities/Vm9sdW50ZWVyQWN0aXZpdHk61");
    expect(within(table).getAllByText("90 分钟（1.5 小时）")).toHaveLength(2);
    expect(screen.getByRole("heading", { name: "待核定时长" })).toBeInTheDocument();
    expect(months).toHaveLength(0);

    // Back to the calendar.
    await user.click(screen.getByRole("radio", { name: "活动日历" }));
    await waitFor(() => expect(months).toHaveLength(1));
    expect(screen.queryByTestId("pending-hours-table")).not.toBeInTheDocument();
  });
});
