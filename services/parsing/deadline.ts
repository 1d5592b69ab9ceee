/**
 * Deadlines: a time expression introduced by a deadline cue ("trước", "chậm nhất", "hạn chót", "trong vòng",
 * "trong ngày mai"…), resolved against the send time in Vietnam time. A time the problem started ("từ 7h sáng nay")
 * has no cue and is ignored; a resolved time in the past is not a deadline ("nộp trước 1/7" sent in August).
 */
import {
  BARE_DATE_TIME, CUE_WINDOW, EVENING_FROM_HOUR, NEXT_MORNING_LAST_HOUR, DEADLINE_CUES, DURATION_UNITS, END_OF_DAY, END_OF_DAY_TIME, FILLER_WORDS, HAN_FILLERS, HAN_NOT_AFTER,
  NOT_A_DEADLINE_BEFORE, PARTS_OF_DAY, RELATIVE_DAYS, ROLLOVER_MAX_DAYS, TRUOC_CLOCK_AFTER, WEAK_CUES, WEEK_QUALIFIERS, WEEKDAY_NUMBERS,
} from './data/time-words.ts'
import type { Token } from './tokens.ts'
import { dayFromDate, instantAt, localDayOf } from './vn-time.ts'

interface Expr {
  clock?: { hour: number; minute: number }
  part?: string
  endOfDay?: boolean
  relDay?: number
  weekday?: { wd: number; week: 'this' | 'next' | 'last' | 'bare' }
  date?: { d: number; m: number; y?: number }
  durationMin?: number
  end: number
}

export interface DeadlineResult {
  deadline: Date
  evidence: string
}

const FILLERS = new Set(FILLER_WORDS)
const HAN_FILLER = new Set(HAN_FILLERS)
const NOT_BEFORE = new Set(NOT_A_DEADLINE_BEFORE)
const CLOCK_AFTER = new Set(TRUOC_CLOCK_AFTER)
/** Deadline cues by their first word, longest first (one Map lookup per token). */
const CUES_BY_FIRST = new Map<string, string[][]>()
for (const cue of [...DEADLINE_CUES].sort((a, b) => b.length - a.length)) {
  const list = CUES_BY_FIRST.get(cue[0])
  if (list) list.push(cue)
  else CUES_BY_FIRST.set(cue[0], [cue])
}

function seqAt(tokens: readonly Token[], i: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (tokens[i + k]?.fold !== seq[k]) return false
  return true
}

function clockOf(t: Token): { hour: number; minute: number } | null {
  const m = /^(\d{1,2})(?:[hg](\d{2})?|:(\d{2}))$/i.exec(t.raw)
  if (!m) return null
  const hour = Number(m[1])
  const minute = Number(m[2] ?? m[3] ?? 0)
  return hour <= 24 && minute < 60 ? { hour, minute } : null
}

/** Parse one time expression starting at i; null when nothing time-like starts there. */
function parseExpr(tokens: readonly Token[], i: number, accented: boolean): Expr | null {
  const e: Expr = { end: i }
  let j = i
  let any = false
  for (let guard = 0; guard < 12 && j < tokens.length; guard++) {
    const t = tokens[j]
    const f = t.fold
    // clock: 8h, 8h15, 14:00, 9g30, "16 giờ", "9 giờ 30"
    const clock = t.type === 'time' ? clockOf(t) : null
    if (clock && !e.clock) {
      e.clock = clock
      j++
      any = true
      continue
    }
    if (t.type === 'num' && /^\d{1,2}$/.test(t.raw) && tokens[j + 1]?.fold === 'gio' && !e.clock) {
      const hour = Number(t.raw)
      let minute = 0
      let k = j + 2
      if (tokens[k]?.type === 'num' && /^\d{1,2}$/.test(tokens[k].raw)) {
        minute = Number(tokens[k].raw)
        k++
        if (tokens[k]?.fold === 'phut') k++
      }
      e.clock = { hour, minute }
      j = k
      any = true
      continue
    }
    // end of the day
    const eod = END_OF_DAY.find((s) => seqAt(tokens, j, s))
    if (eod && !e.endOfDay) {
      e.endOfDay = true
      j += eod.length
      any = true
      continue
    }
    // part of the day; "tối"/"đêm" only next to another time word (folded "toi" is also "tới", "tôi")
    if (f in PARTS_OF_DAY && !e.part && t.type === 'word') {
      const accentOk = !accented || ['sáng', 'trưa', 'chiều', 'tối', 'đêm'].includes(t.lower)
      const next = tokens[j + 1]?.fold
      const nextIsDay = next === 'nay' || next === 'mai' || next === 'qua' || next === 'thu' || next === 'chu' || next === 'ngay' || next === 'hom'
      if (accentOk && (f === 'sang' || f === 'trua' || f === 'chieu' || any || nextIsDay)) {
        e.part = f
        j++
        any = true
        continue
      }
    }
    // weekday: "thứ 6", "thứ sáu tuần sau", "chủ nhật này"
    const weekday = e.weekday ? null : readWeekday(tokens, j)
    if (weekday) {
      const qualifier = readWeekQualifier(tokens, weekday.next)
      e.weekday = { wd: weekday.wd, week: qualifier.week }
      j = qualifier.next
      any = true
      continue
    }
    // dd/mm(/yyyy); "ngày 15 tháng 8"
    if (t.type === 'date' && !e.date) {
      const m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(t.raw)
      if (m) {
        const y = m[3] ? Number(m[3].length === 2 ? `20${m[3]}` : m[3]) : undefined
        e.date = { d: Number(m[1]), m: Number(m[2]), y }
        j++
        any = true
        continue
      }
    }
    if (t.type === 'num' && tokens[j + 1]?.fold === 'thang' && tokens[j + 2]?.type === 'num' && !e.date) {
      e.date = { d: Number(t.raw), m: Number(tokens[j + 2].raw) }
      j += 3
      any = true
      continue
    }
    // relative days; "mốt" only when written with its accent (folded "mot" is also "một")
    const rel = e.relDay === undefined ? RELATIVE_DAYS.find((r) => seqAt(tokens, j, r.words)) : undefined
    if (rel) {
      const single = rel.words.length === 1
      const ok =
        !single ||
        (rel.words[0] === 'mot' ? accented && t.lower === 'mốt' : true) &&
          (rel.words[0] !== 'qua' || e.part !== undefined) &&
          (rel.words[0] !== 'nay' || any)
      if (ok) {
        e.relDay = rel.offset
        j += rel.words.length
        any = true
        continue
      }
    }
    // "ngày" / "hôm" / "vào" / "lúc" inside an expression
    if (any && (f === 'ngay' || f === 'luc' || f === 'vao' || f === 'hom') && j + 1 < tokens.length) {
      const after = parseExpr(tokens, j + 1, accented)
      if (after) {
        merge(e, after)
        j = after.end
        continue
      }
    }
    break
  }
  if (!any) return null
  e.end = j
  return e
}

function merge(into: Expr, from: Expr): void {
  into.clock ??= from.clock
  into.part ??= from.part
  into.endOfDay ??= from.endOfDay
  into.relDay ??= from.relDay
  into.weekday ??= from.weekday
  into.date ??= from.date
}

function parseDuration(tokens: readonly Token[], i: number): { minutes: number; end: number } | null {
  const t = tokens[i]
  if (!t) return null
  if (t.type === 'num' && /^\d{1,3}$/.test(t.raw)) {
    const unit = tokens[i + 1]?.fold
    if (unit && unit in DURATION_UNITS) return { minutes: Number(t.raw) * DURATION_UNITS[unit], end: i + 2 }
  }
  // "2h", "30p" written together
  const m = /^(\d{1,3})(h|p|ph)$/i.exec(t.raw)
  if (m) return { minutes: Number(m[1]) * (m[2].toLowerCase() === 'h' ? 60 : 1), end: i + 1 }
  return null
}

/** Resolve an expression to an instant, or null (past, impossible). */
function resolve(e: Expr, now: Date): Date | null {
  const today = localDayOf(now)
  let day = today.day
  if (e.date) {
    const y = e.date.y ?? today.year
    let d = dayFromDate(y, e.date.m, e.date.d)
    if (d === null) return null
    if (e.date.y === undefined && d < today.day) {
      const next = dayFromDate(y + 1, e.date.m, e.date.d)
      if (next === null || next - today.day > ROLLOVER_MAX_DAYS) return null
      d = next
    }
    day = d
  } else if (e.weekday) {
    const { wd, week } = e.weekday
    const monday = today.day - ((today.weekday + 6) % 7)
    const offset = (wd + 6) % 7
    if (week === 'this') day = monday + offset
    else if (week === 'next') day = monday + 7 + offset
    else if (week === 'last') return null
    else {
      day = today.day + 1
      while ((day + 4) % 7 !== wd) day++ // 1970-01-01 was a Thursday (4)
    }
  } else if (e.relDay !== undefined) {
    day = today.day + e.relDay
  }
  let hour: number
  let minute: number
  if (e.clock) {
    hour = e.clock.hour
    minute = e.clock.minute
    const part = e.part ? PARTS_OF_DAY[e.part] : undefined
    if (part?.pm && hour < 12) hour += 12
    else if (e.part === 'trua' && hour <= 2) hour += 12
    else if (!part && hour >= 1 && hour <= 6) hour += 12 // "trước 5h" in office context is 17:00
  } else if (e.part) {
    ;({ hour, minute } = PARTS_OF_DAY[e.part])
  } else if (e.endOfDay) {
    ;({ hour, minute } = END_OF_DAY_TIME)
  } else {
    ;({ hour, minute } = BARE_DATE_TIME)
  }
  if (hour >= 24) return null
  const at = instantAt(day, hour, minute)
  if (at.getTime() >= now.getTime()) return at
  // a bare morning clock time asked for in the evening is tomorrow's
  const bare = e.clock && !e.date && !e.weekday && e.relDay === undefined
  if (bare && hour <= NEXT_MORNING_LAST_HOUR && new Date(now.getTime() + 7 * 3600_000).getUTCHours() >= EVENING_FROM_HOUR) return instantAt(day + 1, hour, minute)
  return null
}

/**
 * The first deadline stated in the message, or null. A bare "trong ngày" (end of today) gives way to a later, more
 * precise one ("… trả kết quả trong ngày, đề nghị xử lý trước 16h30 hôm nay").
 */
export function findDeadline(tokens: readonly Token[], now: Date, accented: boolean): DeadlineResult | null {
  let endOfToday: DeadlineResult | null = null
  for (let i = 0; i < tokens.length; i++) {
    const cue = CUES_BY_FIRST.get(tokens[i].fold)?.find((s) => seqAt(tokens, i, s))
    if (!cue) continue
    // the word before, in the same clause ("… đã nhập đúng. Hạn nộp là 8h" is not "đúng hạn")
    const prev = i > 0 && !tokens[i - 1].end ? tokens[i - 1].fold : ''
    if (cue[0] === 'truoc' && NOT_BEFORE.has(prev) && !(CLOCK_AFTER.has(prev) && tokens[i + 1]?.type === 'time')) continue
    const han = cue.length === 1 && cue[0] === 'han'
    if (han && ((accented && tokens[i].lower !== 'hạn') || HAN_NOT_AFTER.includes(prev))) continue
    const weak = cue.length === 1 && WEAK_CUES.includes(cue[0])
    let j = i + cue.length
    const cueText = tokens.slice(i, j).map((t) => t.raw).join(' ')
    // "trong vòng 2 tiếng", "trong 3 giờ"
    const dur = parseDuration(tokens, j)
    if (dur && (cue.join(' ') === 'trong vong' || weak)) {
      return { deadline: new Date(now.getTime() + dur.minutes * 60_000), evidence: `"${cueText} ${tokens.slice(j, dur.end).map((t) => t.raw).join(' ')}" → now + ${dur.minutes} min` }
    }
    if (weak) {
      // "trong ngày" alone = today; "trong (ngày) hôm nay / mai / 25/7"
      const e = parseExpr(tokens, j, accented) ?? (tokens[j]?.fold === 'ngay' ? parseExpr(tokens, j + 1, accented) : null)
      if (e && (e.relDay !== undefined || e.date || e.weekday)) {
        const at = resolve(e, now)
        if (at) return { deadline: at, evidence: `"${cueText} ${tokens.slice(j, e.end).map((t) => t.raw).join(' ')}"` }
      } else if (tokens[j]?.fold === 'ngay' && endOfToday === null) {
        const at = resolve({ end: j + 1, relDay: 0, endOfDay: true }, now)
        if (at) endOfToday = { deadline: at, evidence: `"${cueText} ngày" → end of today` }
      }
      continue
    }
    const fillers = han ? HAN_FILLER : FILLERS
    for (let k = 0; k <= CUE_WINDOW && j < tokens.length; k++, j++) {
      const e = parseExpr(tokens, j, accented)
      if (e) {
        const at = resolve(e, now)
        if (at) return { deadline: at, evidence: `"${cueText} … ${tokens.slice(j, e.end).map((t) => t.raw).join(' ')}"` }
        break
      }
      if (!fillers.has(tokens[j].fold)) break
    }
  }
  return endOfToday
}

type Week = 'this' | 'next' | 'last' | 'bare'

/** "thứ <n>" or "chủ nhật" at `j`: the weekday (0 = Sunday) and the index after it. */
function readWeekday(tokens: readonly Token[], j: number): { wd: number; next: number } | null {
  const f = tokens[j]?.fold
  const after = tokens[j + 1]?.fold
  if (f === 'thu' && after !== undefined && after in WEEKDAY_NUMBERS) return { wd: WEEKDAY_NUMBERS[after], next: j + 2 }
  if (f === 'chu' && after === 'nhat') return { wd: 0, next: j + 2 }
  return null
}

/** What may follow a weekday: "tuần này/sau/trước…", "này", "tới"/"sau" (the coming one). */
function readWeekQualifier(tokens: readonly Token[], k: number): { week: Week; next: number } {
  const f = tokens[k]?.fold
  const after = tokens[k + 1]?.fold
  if (f === 'tuan' && after !== undefined && after in WEEK_QUALIFIERS) return { week: WEEK_QUALIFIERS[after], next: k + 2 }
  if (f === 'nay') return { week: 'this', next: k + 1 }
  if (f === 'toi' || f === 'sau') return { week: 'bare', next: k + 1 }
  return { week: 'bare', next: k }
}
