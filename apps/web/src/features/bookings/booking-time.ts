/** Bookings and visits happen in the city's time, whatever the device's zone. */
const zone = 'Asia/Shanghai';

export const dateTimeText = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale, { timeZone: zone, hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** A visit slot as one line: "2026/12/08 周二 09:30–10:30". */
export function slotText(startsAt: string, endsAt: string, locale: string): string {
  const date = new Date(startsAt);
  const day = `${date.toLocaleDateString(locale, { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })} ${date.toLocaleDateString(locale, { timeZone: zone, weekday: 'short' })}`;
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale, { timeZone: zone, hour12: false, hour: '2-digit', minute: '2-digit' });
  return `${day} ${time(startsAt)}–${time(endsAt)}`;
}
