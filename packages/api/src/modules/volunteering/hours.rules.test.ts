import { describe, expect, it } from "vitest";
import { checkInRefusal, checkOutRefusal, minutesServed, missingSkills, placesFree, signUpStatus, windowMinutes } from "./hours.rules.js";

const at = (hhmm: string) => new Date(`2026-11-22T${hhmm}:00+08:00`);
const w = { startsAt: at("09:00"), endsAt: at("11:00") };

describe("attendance and hours", () => {
  it("check-in from 30 minutes before the start until the end", () => {
    expect(checkInRefusal(w, at("08:29"))).toMatch(/签到时间未到/);
    expect(checkInRefusal(w, at("08:30"))).toBeNull();
    expect(checkInRefusal(w, at("10:59"))).toBeNull();
    expect(checkInRefusal(w, at("11:00"))).toMatch(/已.*结束/);
  });

  it("check-out after check-in; by scan until two hours after the end, by staff any time", () => {
    expect(checkOutRefusal(w, at("09:00"), at("09:00"), true)).toMatch(/晚于签到/);
    expect(checkOutRefusal(w, at("09:00"), at("13:00"), true)).toBeNull();
    expect(checkOutRefusal(w, at("09:00"), at("13:01"), true)).toMatch(/补签退/);
    expect(checkOutRefusal(w, at("09:00"), at("20:00"), false)).toBeNull();
  });

  it("minutes count only inside the window, in whole minutes", () => {
    expect(minutesServed(w, at("08:40"), at("11:30"))).toBe(120);
    expect(minutesServed(w, at("09:10"), at("10:40"))).toBe(90);
    expect(minutesServed(w, at("08:40"), at("08:50"))).toBe(0);
    expect(minutesServed(w, new Date(at("09:00").getTime() + 59_999), at("10:00"))).toBe(59);
    expect(windowMinutes(w)).toBe(120);
  });

  it("places, the waiting list and skills", () => {
    expect(signUpStatus(4, 5)).toBe("CONFIRMED");
    expect(signUpStatus(5, 5)).toBe("WAITLISTED");
    expect(placesFree(3, 5)).toBe(2);
    expect(placesFree(6, 5)).toBe(0);
    expect(missingSkills(["急救", "驾驶"], [" 急救 "])).toEqual(["驾驶"]);
    expect(missingSkills([], [])).toEqual([]);
  });
});
