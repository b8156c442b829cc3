// Dates as the contract writes them (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD) and whether they exist on
// the calendar: every place that accepts or stores a date asks here, so "0000-00-00", "2024-02-30"
// or "2024-99" are refused wherever they are given and never stored.
const SHAPE = /^(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})-(\d{2}))$/;

const daysIn = (year: number | null, month: number): number =>
  month === 2 ? (year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** A year from 1 to 9999, a month from 1 to 12, a day the month has (29 February in leap years, or with no year). */
export function isCalendarDate(text: string): boolean {
  const m = SHAPE.exec(text);
  if (!m) return false;
  const year = m[1] === undefined ? null : Number(m[1]);
  if (year !== null && year < 1) return false;
  const month = m[2] ?? m[4];
  const day = m[3] ?? m[5];
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  return day === undefined || (Number(day) >= 1 && Number(day) <= daysIn(year, Number(month)));
}
