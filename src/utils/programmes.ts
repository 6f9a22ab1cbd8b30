/**
 * How a programme's name is shown: in quotation marks as the press prints a campaign's name, except when the name
 * already holds its own quotes around a number or fragment (`“567”现代化产业体系`), which would read doubled.
 */

/** True when the name carries its own quotation marks. */
export function hasOwnQuotes(name: string): boolean {
  return /[“”‘’]/u.test(name);
}

/** The name as shown: `“泉城某某”`, but `“四优”行动` as it is. */
export function displayProgrammeName(name: string): string {
  return hasOwnQuotes(name) ? name : `“${name}”`;
}
