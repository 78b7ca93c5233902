import { explainedString } from './explainedString.js';

const day = '(0[1-9]|1\\d|2[0-8])';
const monthDay = `((0[13578]|1[02])-(${day}|29|30|31)|(0[469]|11)-(${day}|29|30)|02-${day})`;
// years divisible by 4 but not by 100, or by 400
const leapYear = '(\\d\\d(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)';

/** A real calendar date, February 29 only in leap years, as a regular expression so that JSON Schema has it too. */
export const calendarDatePattern = new RegExp(`^(\\d{4}(-(0[1-9]|1[0-2]))?|\\d{4}-${monthDay}|${leapYear}-02-29)$`);

export const isoDate = explainedString(
  (value) =>
    `${JSON.stringify(value)} is not a calendar date; dates are ISO 8601 at the precision known: "2016", "2016-04" or "2016-04-25"`,
).regex(calendarDatePattern);
