/**
 * parseMessage: one group message + its context → kind, category, priority, system, province, deadline, ticket,
 * with the evidence for each. Pure and deterministic: no clock, no environment, no I/O.
 */
import { classifyCategory, classifyKind, classifyPriority, classifySystem } from './classify.ts'
import { findDeadline } from './deadline.ts'
import { findOldDistricts, findProvinces } from './province.ts'
import { findTicket } from './ticket.ts'
import { tokenise } from './tokens.ts'
import type { Category, Priority, SystemCode } from '../tickets/types.ts'
import type { ParseContext, ParsedField, ParsedMessage } from './types.ts'

export function parseMessage(text: string, ctx: ParseContext): ParsedMessage {
  const evidence: Record<ParsedField, string[]> = { kind: [], category: [], priority: [], system: [], province: [], deadline: [], ticket: [] }
  const tk = tokenise(text)
  const ticketRef = findTicket(tk.expanded, tk.accented)
  const kindResult = classifyKind(tk.expanded, tk.accented, ticketRef !== null)
  evidence.kind = [`written ${tk.accented ? 'with' : 'without'} diacritics`, ...kindResult.evidence]
  const out: ParsedMessage = {
    kind: kindResult.kind, category: null, priority: null, system: null, province: null, deadline: null, ticket: null,
    confidence: kindResult.confidence, evidence,
  }
  if (out.kind === 'query' || out.kind === 'update') {
    if (ticketRef) {
      out.ticket = ticketRef.ticket
      evidence.ticket.push(ticketRef.evidence)
    } else evidence.ticket.push('no number presented as a ticket')
    return out
  }
  if (out.kind !== 'report') return out
  return withReportFields(out, tk, ctx)
}

/**
 * Reads a text known to be a report (the description after /baocao, a draft the author confirmed): every report
 * field is filled whatever the kind score says; a system nobody can identify is "khac".
 */
export function parseReport(text: string, ctx: ParseContext): ParsedMessage & { category: Category; priority: Priority; system: SystemCode } {
  const evidence: Record<ParsedField, string[]> = { kind: ['given as a report'], category: [], priority: [], system: [], province: [], deadline: [], ticket: [] }
  const base: ParsedMessage = { kind: 'report', category: null, priority: null, system: null, province: null, deadline: null, ticket: null, confidence: 1, evidence }
  const out = withReportFields(base, tokenise(text), ctx)
  return { ...out, category: out.category ?? 1, priority: out.priority ?? 'normal', system: out.system ?? 'khac' }
}

function withReportFields(out: ParsedMessage, tk: ReturnType<typeof tokenise>, ctx: ParseContext): ParsedMessage {
  const evidence = out.evidence
  const cat = classifyCategory(tk.expanded, tk.accented)
  out.category = cat.category
  evidence.category = cat.evidence

  const dl = findDeadline(tk.expanded, ctx.now, tk.accented)
  if (dl) {
    out.deadline = dl.deadline
    evidence.deadline.push(dl.evidence)
  } else evidence.deadline.push('no deadline cue with a future time')

  const pri = classifyPriority(tk.expanded, tk.accented, out.deadline, ctx.now)
  out.priority = pri.priority
  evidence.priority = pri.evidence

  const sys = classifySystem(tk.expanded, tk.accented, out.category)
  out.system = sys.system
  evidence.system = sys.evidence

  // A province named in the text wins; then an old district (its province since 2025); then the group's province.
  const mentions = findProvinces(tk.tokens, tk.accented)
  const districts = mentions.length > 0 ? [] : findOldDistricts(tk.tokens, tk.accented)
  if (mentions.length > 0) {
    out.province = mentions[0].province
    evidence.province.push(...mentions.map((m) => `"${m.written}"${m.former ? ' (old name)' : ''} → ${m.province}`))
  } else if (districts.length > 0) {
    out.province = districts[0].province
    evidence.province.push(...districts.map((m) => `"${m.written}" (old district) → ${m.province}`))
  } else if (ctx.groupProvince) {
    out.province = ctx.groupProvince
    evidence.province.push(`none named → group's province ${ctx.groupProvince}`)
  } else evidence.province.push('none named and the group has no province')
  return out
}
