import { screen, waitFor } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { chinaWeek } from "../../../lib/dates";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { connection, deliberationBase } from "../test/fixtures";

type Vars = Record<string, unknown>;

const meeting = { __typename: "Meeting", id: "TWVldGluZzox", title: "十二月协商议事日", startsAt: "2026-12-08T07:00:00.000Z", endsAt: "2026-12-08T09:00:00.000Z", mode: "IN_PERSON", place: "村委会议室", status: "SCHEDULED", agenda: [] };
const list = (seen: Vars[]) =>
  graphql.query("Meetings", ({ variables }) => {
    seen.push(variables);
    return HttpResponse.json({ data: { meetings: connection("QueryMeetings", [meeting]) } });
  });

describe("meetings page", () => {
  it("opens on the week the workbench counted (?view=week&from&to): meetings not cancelled starting that week", async () => {
    const seen: Vars[] = [];
    server.use(...deliberationBase(), list(seen));
    renderApp("/deliberation/meetings?view=week&from=2026-12-06T16%3A00%3A00.000Z&to=2026-12-13T16%3A00%3A00.000Z");
    expect(await screen.findByText("十二月协商议事日")).toBeInTheDocument();
    expect(seen[0]).toMatchObject({ status: ["SCHEDULED", "IN_PROGRESS", "CLOSED"], from: "2026-12-06T16:00:00.000Z", to: "2026-12-13T16:00:00.000Z" });
    expect(screen.getByRole("radio", { name: "本周（未取消）" })).toBeChecked();
  });

  it("without a link, the week view is the current China week; other views ask for no dates", async () => {
    const seen: Vars[] = [];
    server.use(...deliberationBase(), list(seen));
    const { user } = renderApp("/deliberation/meetings");
    await screen.findByText("十二月协商议事日");
    expect(seen[0]).toMatchObject({ status: ["SCHEDULED", "IN_PROGRESS"], from: null, to: null });
    await user.click(screen.getByRole("radio", { name: "本周（未取消）" }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ status: ["SCHEDULED", "IN_PROGRESS", "CLOSED"], ...chinaWeek() }));
  });
});
