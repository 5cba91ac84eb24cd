import { describe, expect, it } from "vitest";
import { calendarOf, CHINA_HOLIDAYS_2026 } from "./holidays.js";
import { addWorkdays, chinaMonth, dueFor, dueSoonLimit, dueState, endOfChinaDay, isWorkday } from "./workdays.js";
import { chinaDay } from "../../shared/chinaTime.js";

const cal = calendarOf(CHINA_HOLIDAYS_2026);
const none = new Map<string, boolean>();

describe("working days", () => {
  it("without a calendar, skips Saturdays and Sundays", () => {
    expect(addWorkdays("2026-11-16", 3, none)).toBe("2026-11-19"); // Mon + 3 → Thu
    expect(addWorkdays("2026-11-19", 3, none)).toBe("2026-11-24"); // Thu + 3 → Tue (over the weekend)
    expect(addWorkdays("2026-11-21", 1, none)).toBe("2026-11-23"); // asked on Saturday → Monday
    expect(addWorkdays("2026-11-20", 5, none)).toBe("2026-11-27");
  });

  it("0 days (即办) is the same day when it is a working day, else the next working day", () => {
    expect(addWorkdays("2026-11-18", 0, none)).toBe("2026-11-18");
    expect(addWorkdays("2026-11-21", 0, none)).toBe("2026-11-23");
    expect(addWorkdays("2026-10-01", 0, cal)).toBe("2026-10-08");
  });

  it("skips the 2026 National Day week and counts the Saturday make-up workday (10月10日)", () => {
    // Wednesday 30 Sep + 3: 1–7 Oct are off; Thu 8, Fri 9, and Saturday 10 Oct is a make-up working day.
    expect(addWorkdays("2026-09-30", 3, cal)).toBe("2026-10-10");
    expect(addWorkdays("2026-09-30", 4, cal)).toBe("2026-10-12");
    // Without the calendar the same request would be due on Monday 5 Oct.
    expect(addWorkdays("2026-09-30", 3, none)).toBe("2026-10-05");
    for (const d of ["2026-10-01", "2026-10-05", "2026-10-07"]) expect(isWorkday(d, cal), d).toBe(false);
    expect(isWorkday("2026-10-10", cal)).toBe(true);
  });

  it("counts Sunday 20 Sep (调休上班) and skips the Mid-Autumn holiday 25–27 Sep", () => {
    expect(addWorkdays("2026-09-18", 1, cal)).toBe("2026-09-20");
    expect(addWorkdays("2026-09-24", 1, cal)).toBe("2026-09-28");
    expect(addWorkdays("2026-09-24", 3, cal)).toBe("2026-09-30");
  });

  it("skips the nine-day Spring Festival and counts the Saturday make-up days around it", () => {
    expect(addWorkdays("2026-02-13", 1, cal)).toBe("2026-02-14"); // Friday → Saturday 14 Feb works
    expect(addWorkdays("2026-02-14", 1, cal)).toBe("2026-02-24"); // 15–23 Feb off
    expect(addWorkdays("2026-02-27", 1, cal)).toBe("2026-02-28");
    expect(addWorkdays("2026-12-31", 1, cal)).toBe("2027-01-01"); // no 2027 calendar: weekday rule
  });

  it("a deadline is the end of the China day; a request at 23:30 China time belongs to that day", () => {
    const at = new Date("2026-11-18T15:30:00Z"); // 23:30 on Wed 18 Nov in China
    expect(chinaDay(at)).toBe("2026-11-18");
    expect(dueFor(at, 1, none)).toEqual({ dueDate: "2026-11-19", dueAt: new Date("2026-11-19T15:59:59.999Z") });
    expect(chinaDay(new Date("2026-11-18T16:00:00Z"))).toBe("2026-11-19");
    expect(endOfChinaDay("2026-10-10").toISOString()).toBe("2026-10-10T15:59:59.999Z");
  });

  it("flags overdue and nearly due (due by the end of the next working day) open tickets", () => {
    const now = new Date("2026-09-30T02:00:00Z"); // Wed 30 Sep, 10:00 in China; next working day is 8 Oct
    expect(dueSoonLimit(now, cal).toISOString()).toBe("2026-10-08T15:59:59.999Z");
    const due = (d: string) => ({ dueAt: endOfChinaDay(d), closedAt: null });
    expect(dueState(due("2026-09-29"), now, cal)).toBe("OVERDUE");
    expect(dueState(due("2026-09-30"), now, cal)).toBe("DUE_SOON");
    expect(dueState(due("2026-10-08"), now, cal)).toBe("DUE_SOON");
    expect(dueState(due("2026-10-09"), now, cal)).toBe("ON_TRACK");
    expect(dueState({ ...due("2026-09-29"), status: "RETURNED" }, now, cal)).toBe("AWAITING_MATERIALS");
    expect(dueState({ dueAt: endOfChinaDay("2026-09-29"), closedAt: new Date("2026-09-29T09:00:00Z") }, now, cal)).toBe("CLOSED_ON_TIME");
    expect(dueState({ dueAt: endOfChinaDay("2026-09-29"), closedAt: new Date("2026-09-30T01:00:00Z") }, now, cal)).toBe("CLOSED_LATE");
  });

  it("a month is China's calendar month", () => {
    expect(chinaMonth("2026-11")).toEqual({ from: new Date("2026-10-31T16:00:00Z"), to: new Date("2026-11-30T16:00:00Z") });
    expect(chinaMonth("2026-12").to.toISOString()).toBe("2026-12-31T16:00:00.000Z");
  });

  it("refuses negative or fractional limits", () => {
    expect(() => addWorkdays("2026-11-18", -1, none)).toThrow(RangeError);
    expect(() => addWorkdays("2026-11-18", 1.5, none)).toThrow(RangeError);
  });
});
