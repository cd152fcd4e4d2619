/** The Gregorian calendar of a report year, computed (no Date, no time zone). 2020 is a leap year. */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Days from 1 January through the end of `month` (0 for month 0). */
export function daysThrough(year: number, month: number): number {
  let days = 0;
  for (let m = 1; m <= month; m += 1) days += daysInMonth(year, m);
  return days;
}

/** Days of the months from `first` through `last`, inclusive. */
export function daysBetween(year: number, first: number, last: number): number {
  return daysThrough(year, last) - daysThrough(year, first - 1);
}

/** "2020-03" */
export function periodOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}
