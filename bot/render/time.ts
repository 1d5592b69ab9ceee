const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', hour12: false,
})

/** "17:00 25/11/2026" in Vietnam time, whatever the server's time zone. */
export function formatVnTime(d: Date): string {
  const p = Object.fromEntries(FORMAT.formatToParts(d).map((x) => [x.type, x.value]))
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`
}
