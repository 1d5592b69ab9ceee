/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for the meridian of UTC+7.
 *
 * Method: the astronomical rules the Vietnamese calendar has followed since 1968 (the Chinese calendar's rules, but
 * with new moons and solar terms dated in UTC+7, which is why Chinese (UTC+8) libraries are a day off in some years,
 * e.g. Tết 2030 is 02/02 in Vietnam and 03/02 in China):
 *   - a month starts on the local day of a new moon;
 *   - month 11 is the month that contains the winter solstice;
 *   - a year with 13 months between two months 11 has a leap month: the first month after month 11 in which the
 *     sun enters no new major solar term (its longitude sector does not change).
 * New moons use Meeus' low-precision series (Astronomical Algorithms, ch. 49, the form popularised for Vietnam by
 * Hồ Ngọc Đức), the sun's longitude Meeus' low-precision formula (ch. 25). Checked against the table in
 * vietnamese-and-platforms.md §D.2 (Tết and Giỗ Tổ 2025–2036) and the known divergent years 1985, 2007, 2030.
 * Valid for roughly 1900–2100.
 */
import { MS_PER_DAY } from './time.ts'

const TZ_HOURS = 7
const SYNODIC_MONTH = 29.530588853
/** Julian date of the new moon taken as k = 0 (6 January 1900). */
const NEW_MOON_EPOCH = 2415021.076998695
/** Julian day number of 1970-01-01. */
const JDN_UNIX_EPOCH = 2440588
const RAD = Math.PI / 180

export interface LunarDate {
  day: number
  month: number
  /** The Gregorian year in which this lunar year's mùng 1 Tết falls. */
  year: number
  leap: boolean
}

const toJdn = (epochDay: number): number => epochDay + JDN_UNIX_EPOCH
const fromJdn = (jdn: number): number => jdn - JDN_UNIX_EPOCH

/** Periodic terms of the mean new moon: [coefficient, multiple of M (sun), of M' (moon), of F (latitude)]. */
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number]> = [
  [-0.4068, 0, 1, 0],
  [0.0161, 0, 2, 0],
  [-0.0004, 0, 3, 0],
  [0.0104, 0, 0, 2],
  [-0.0051, 1, 1, 0],
  [-0.0074, 1, -1, 0],
  [0.0004, 1, 0, 2],
  [-0.0004, -1, 0, 2],
  [-0.0006, 0, 1, 2],
  [0.001, 0, -1, 2],
  [0.0005, 1, 2, 0],
]

/** Julian date (fractional, ≈ UT) of the k-th new moon after the epoch. */
function newMoonJulianDate(k: number): number {
  const t = k / 1236.85
  const t2 = t * t
  const t3 = t2 * t
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD
  const latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD
  let correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) + 0.0021 * Math.sin(2 * sunAnomaly)
  for (const [c, m, mp, f] of NEW_MOON_TERMS) correction += c * Math.sin(m * sunAnomaly + mp * moonAnomaly + f * latitude)
  const mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD)
  const deltaT = t < -11
    ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    : -0.000278 + 0.000265 * t + 0.000262 * t2
  return mean + correction - deltaT
}

/** Julian day number of the UTC+7 calendar day on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJulianDate(k) + 0.5 + TZ_HOURS / 24)
}

/** Which 30° sector (0…11, 0 = spring equinox) the sun is in at 00:00 UTC+7 of a day: major solar terms. */
function sunSector(jdn: number): number {
  const t = (jdn - 2451545.5 - TZ_HOURS / 24) / 36525
  const t2 = t * t
  const anomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD
  const mean = 280.46645 + 36000.76983 * t + 0.0003032 * t2
  const centre = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly)
    + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) + 0.00029 * Math.sin(3 * anomaly)
  const longitude = (((mean + centre) % 360) + 360) % 360
  return Math.floor(longitude / 30)
}

/** JDN of the first day of lunar month 11 of the lunar year that ends near the end of Gregorian `year`. */
function month11Start(year: number): number {
  const dec31 = toJdn(Date.UTC(year, 11, 31) / MS_PER_DAY)
  const k = Math.floor((dec31 - 2415021) / SYNODIC_MONTH)
  const start = newMoonDay(k)
  // The month that began at the last new moon of the year is month 11 unless the sun was already past the winter
  // solstice sector (≥ 270°) at its start; then month 11 began one lunation earlier.
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start
}

/** In a 13-month year starting at month 11 = a11: the index (1…) of the leap month after a11. */
function leapMonthIndex(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5)
  let i = 1
  let sector = sunSector(newMoonDay(k + i))
  let previous: number
  do {
    previous = sector
    i += 1
    sector = sunSector(newMoonDay(k + i))
  } while (sector !== previous && i < 14)
  return i - 1
}

/** The lunar date of a business day (epoch day in UTC+7). */
export function lunarFromEpochDay(epochDay: number): LunarDate {
  const jdn = toJdn(epochDay)
  const k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH)
  let monthStart = newMoonDay(k + 1)
  if (monthStart > jdn) monthStart = newMoonDay(k)
  const gregorianYear = new Date(epochDay * MS_PER_DAY).getUTCFullYear()
  let a11 = month11Start(gregorianYear)
  let b11 = a11
  let year: number
  if (a11 >= monthStart) {
    year = gregorianYear
    a11 = month11Start(gregorianYear - 1)
  } else {
    year = gregorianYear + 1
    b11 = month11Start(gregorianYear + 1)
  }
  const day = jdn - monthStart + 1
  const diff = Math.floor((monthStart - a11) / 29)
  let month = diff + 11
  let leap = false
  if (b11 - a11 > 365) {
    const leapIndex = leapMonthIndex(a11)
    if (diff >= leapIndex) {
      month = diff + 10
      leap = diff === leapIndex
    }
  }
  if (month > 12) month -= 12
  if (month >= 11 && diff < 4) year -= 1
  return { day, month, year, leap }
}

/**
 * The business day (epoch day, UTC+7) of a lunar date; null when it does not exist (a leap month the year lacks,
 * or day 30 of a 29-day month).
 */
export function epochDayFromLunar(lunar: LunarDate): number | null {
  const { day, month, year, leap } = lunar
  if (month < 1 || month > 12 || day < 1 || day > 30) return null
  const [a11, b11] = month < 11 ? [month11Start(year - 1), month11Start(year)] : [month11Start(year), month11Start(year + 1)]
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH)
  let offset = month - 11
  if (offset < 0) offset += 12
  if (b11 - a11 > 365) {
    const leapIndex = leapMonthIndex(a11)
    let leapMonth = leapIndex - 2
    if (leapMonth < 0) leapMonth += 12
    if (leap && month !== leapMonth) return null
    if (leap || offset >= leapIndex) offset += 1
  } else if (leap) {
    return null
  }
  const start = newMoonDay(k + offset)
  const result = start + day - 1
  if (result >= newMoonDay(k + offset + 1)) return null
  return fromJdn(result)
}

/** Mùng 1 Tết (lunar 1/1) of a Gregorian year, as an epoch day. */
export function lunarNewYearDay(year: number): number {
  const day = epochDayFromLunar({ day: 1, month: 1, year, leap: false })
  if (day === null) throw new RangeError(`no lunar new year for ${year}`)
  return day
}

/** Giỗ Tổ Hùng Vương (10/3 of the regular, non-leap third month) of a Gregorian year, as an epoch day. */
export function hungKingsDay(year: number): number {
  const day = epochDayFromLunar({ day: 10, month: 3, year, leap: false })
  if (day === null) throw new RangeError(`no 10/3 lunar in ${year}`)
  return day
}
