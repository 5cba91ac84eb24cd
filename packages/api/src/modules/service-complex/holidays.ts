// China's official public holidays and make-up working days (国务院办公厅关于2026年部分节假日安排的通知,
// 2025-11-04). Used by the demo seed for 江海区 and by the working-day unit tests.

export interface HolidayDay {
  date: string;
  isWorkday: boolean;
  name: string;
}

const range = (from: string, to: string, name: string): HolidayDay[] => {
  const out: HolidayDay[] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000) {
    out.push({ date: new Date(d).toISOString().slice(0, 10), isWorkday: false, name });
  }
  return out;
};
const workday = (date: string, name: string): HolidayDay => ({ date, isWorkday: true, name: `${name}调休上班` });

export const CHINA_HOLIDAYS_2026: readonly HolidayDay[] = [
  ...range("2026-01-01", "2026-01-03", "元旦"),
  workday("2026-01-04", "元旦"),
  workday("2026-02-14", "春节"),
  ...range("2026-02-15", "2026-02-23", "春节"),
  workday("2026-02-28", "春节"),
  ...range("2026-04-04", "2026-04-06", "清明节"),
  ...range("2026-05-01", "2026-05-05", "劳动节"),
  workday("2026-05-09", "劳动节"),
  ...range("2026-06-19", "2026-06-21", "端午节"),
  workday("2026-09-20", "国庆节"),
  ...range("2026-09-25", "2026-09-27", "中秋节"),
  ...range("2026-10-01", "2026-10-07", "国庆节"),
  workday("2026-10-10", "国庆节"),
];

export const calendarOf = (days: readonly HolidayDay[]) => new Map(days.map((d) => [d.date, d.isWorkday]));
