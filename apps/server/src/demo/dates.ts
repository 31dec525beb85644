/** Date arithmetic on ISO dates in UTC, so the demo city never depends on the machine's time zone. */
const DAY = 86_400_000;

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** An instant on an ISO date at a Beijing-time hour (UTC+8), for created/filed timestamps. */
export function instantOn(isoDate: string, hourInShanghai: number, minute = 0): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + ((hourInShanghai - 8) * 60 + minute) * 60_000);
}
