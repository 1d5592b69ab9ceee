import { createHash, randomUUID } from 'node:crypto'
import { GrammyError, HttpError, type Api } from 'grammy'
import type { Logger } from 'pino'
import type { OutboundMessage, OutboxItem, OutboxStore, RegisteredChat, Store } from '../services/ports.ts'
import type { ClockSettings } from '../services/sla/escalation.ts'
import type { RightsPolicy } from '../services/tickets/rights.ts'
import type { UnitLookup } from '../services/units/types.ts'
import { displayName } from './actor.ts'
import { renderTimeline, type RenderedMessage } from './render/card.ts'
import { renderCardForChat } from './render/card-for-chat.ts'
import { splitHtml } from './render/html.ts'
import { renderNotice } from './render/notice.ts'
import { renderDraft, renderProposal } from './render/understanding.ts'

export interface OutboxSenderDeps {
  outbox: OutboxStore
  store: Store
  api: Api
  units: UnitLookup
  policy: RightsPolicy
  clock: ClockSettings
  logger: Logger
  now: () => Date
  /** The bot was removed from the message's chat (403). */
  onChatGone: (message: OutboundMessage) => Promise<void>
}

/**
 * A sender holds its rows for this long and renews the lease while it lives (every third of it), so rows waiting
 * behind flood control stay its own, and the rows of a crashed sender are free again within this time.
 */
const LEASE_MS = 30_000
const BATCH = 20
const MAX_BACKOFF_MS = 60_000
/** A failure that is neither flood control nor the network (a bug, a vanished ticket) is not retried forever. */
const MAX_ATTEMPTS = 8

/**
 * Delivers the outbox: messages committed with the change that caused them are sent afterwards, in order per chat.
 * A crash after the commit and before the send leaves the row pending, and the next start delivers it.
 */
export class OutboxSender {
  private running: Promise<void> | null = null
  private again = false
  private timer: NodeJS.Timeout | null = null
  private renewer: NodeJS.Timeout | null = null
  /** This process's identity as an outbox lease holder. */
  private readonly owner = randomUUID()

  constructor(private readonly deps: OutboxSenderDeps) {}

  /** Delivers soon (right after a commit); calls while a drain runs make it loop once more. */
  kick(): void {
    if (this.running) {
      this.again = true
      return
    }
    this.running = this.drain().finally(() => {
      this.running = null
      if (this.again) {
        this.again = false
        this.kick()
      }
    })
  }

  /** Polls as a safety net: rows whose retry time came, or rows committed by another replica. */
  start(intervalMs = 2_000): void {
    this.timer ??= setInterval(() => this.kick(), intervalMs)
    this.renewer ??= setInterval(() => {
      this.deps.outbox.renew(this.owner, this.deps.now(), LEASE_MS).catch((e: unknown) => this.deps.logger.warn({ msg: 'outbox.renew_failed', error: String(e) }))
    }, LEASE_MS / 3)
    this.kick()
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    if (this.renewer) clearInterval(this.renewer)
    this.timer = null
    this.renewer = null
    while (this.running) await this.running
  }

  /** Delivers everything due and waits until no delivery is running (tests, shutdown). */
  async flush(): Promise<void> {
    while (this.running) await this.running
    this.kick()
    while (this.running) await this.running
  }

  private async drain(): Promise<void> {
    for (;;) {
      const items = await this.deps.outbox.claim(this.owner, this.deps.now(), LEASE_MS, BATCH)
      if (items.length === 0) return
      const blocked = new Set<number>()
      const released: number[] = []
      for (const item of items) {
        if (blocked.has(item.message.chatId)) released.push(item.id)
        else if (!(await this.deliverOne(item))) blocked.add(item.message.chatId)
      }
      await this.deps.outbox.release(released)
      if (blocked.size > 0) return
    }
  }

  /** Returns false when the chat must wait (a retry is scheduled). */
  private async deliverOne(item: OutboxItem): Promise<boolean> {
    const { outbox, logger } = this.deps
    try {
      await this.deliver(item)
      return true
    } catch (e) {
      const verdict = classify(e)
      const error = e instanceof Error ? e.message : String(e)
      if (verdict.kind === 'retry' && (verdict.transient || item.attempts + 1 < MAX_ATTEMPTS)) {
        const wait = verdict.afterMs ?? Math.min(MAX_BACKOFF_MS, 1000 * 2 ** item.attempts)
        logger.warn({ msg: 'outbox.retry', id: item.id, chatId: item.message.chatId, error, waitMs: wait })
        await outbox.markRetry(item.id, error, new Date(this.deps.now().getTime() + wait))
        return false
      }
      if (verdict.kind === 'gone') await this.deps.onChatGone(item.message)
      logger.error({ msg: 'outbox.dead', id: item.id, chatId: item.message.chatId, kind: item.message.kind, error })
      await outbox.markDead(item.id, error)
      return true
    }
  }

  private async deliver(item: OutboxItem): Promise<void> {
    const m = item.message
    // The bot was removed from that group: Telegram would answer 403; the message waits for nobody.
    const chat = await this.deps.store.findChat(m.chatId)
    if (chat?.active === false) return this.deps.outbox.markDead(item.id, 'chat inactive: the bot is not in it')
    if (m.kind === 'card') return this.sendCard(item.id, m, chat)
    if (m.kind === 'edit_card') return this.editCard(item.id, m, chat)
    if (m.kind === 'reaction') {
      await this.deps.api.setMessageReaction(m.chatId, m.messageId, [{ type: 'emoji', emoji: m.emoji }])
      return this.deps.outbox.markSent(item.id, this.deps.now(), 0)
    }
    if (m.kind === 'proposal') return this.sendProposal(item.id, m)
    if (m.kind === 'draft_card') return this.sendDraft(item.id, m)
    if (m.kind === 'edit_draft') return this.editDraft(item.id, m)
    const data = m.data.mentionAdmins === true ? { ...m.data, admins: await this.adminsOf(m.chatId) } : m.data
    const rendered = renderNotice(m.code, data, this.deps.units)
    const parts = await this.sendParts(m.chatId, m.threadId, m.replyTo, rendered)
    await this.deps.outbox.markSent(item.id, this.deps.now(), parts)
  }

  private async sendCard(id: number, m: Extract<OutboundMessage, { kind: 'card' }>, chat: RegisteredChat | null): Promise<void> {
    const ticket = await this.deps.store.findTicketById(m.ticketId)
    if (!ticket) throw new Error(`ticket ${m.ticketId} not found`)
    const rendered = await renderCardForChat(this.deps, ticket, m.chatId, chat)
    const sent = await this.deps.api.sendMessage(m.chatId, rendered.text, sendOptions(m.threadId, m.replyTo, rendered))
    let parts = 1
    if (m.withTimeline) {
      const timeline = renderTimeline(ticket, await this.deps.store.timeline(ticket.id), this.deps.units)
      parts += await this.sendParts(m.chatId, m.threadId, sent.message_id, { text: timeline, keyboard: [] })
    }
    const card = { ticketId: ticket.id, chatId: m.chatId, messageId: sent.message_id, threadId: m.threadId, role: m.role, renderHash: hashOf(rendered) }
    await this.deps.outbox.markCardSent(id, card, this.deps.now(), parts)
  }

  /** Kept as one of the ticket's cards: once the ticket moves, it is edited into the full card. */
  private async sendProposal(id: number, m: Extract<OutboundMessage, { kind: 'proposal' }>): Promise<void> {
    const ticket = await this.deps.store.findTicketById(m.ticketId)
    if (!ticket) throw new Error(`ticket ${m.ticketId} not found`)
    const rendered = renderProposal(ticket, m.action)
    const sent = await this.deps.api.sendMessage(m.chatId, rendered.text, sendOptions(m.threadId, m.replyTo, rendered))
    const card = { ticketId: ticket.id, chatId: m.chatId, messageId: sent.message_id, threadId: m.threadId, role: 'proposal' as const, renderHash: hashOf(rendered) }
    await this.deps.outbox.markCardSent(id, card, this.deps.now(), 1)
  }

  private async sendDraft(id: number, m: Extract<OutboundMessage, { kind: 'draft_card' }>): Promise<void> {
    const draft = await this.deps.store.findDraft(m.draftId)
    if (!draft) throw new Error(`draft ${m.draftId} not found`)
    const rendered = renderDraft(draft, this.deps.units)
    const sent = await this.deps.api.sendMessage(m.chatId, rendered.text, sendOptions(m.threadId, m.replyTo, rendered))
    await this.deps.outbox.markDraftCardSent(id, draft.id, sent.message_id, this.deps.now(), 1)
  }

  /** Drafts are edited to what they are now; a draft whose card is not out yet shows it when the card goes. */
  private async editDraft(id: number, m: Extract<OutboundMessage, { kind: 'edit_draft' }>): Promise<void> {
    const draft = await this.deps.store.findDraft(m.draftId)
    let messages = 0
    if (draft?.cardMessageId) {
      await this.editText(m.chatId, draft.cardMessageId, renderDraft(draft, this.deps.units))
      messages = 1
    }
    await this.deps.outbox.markSent(id, this.deps.now(), messages)
  }

  private async editCard(id: number, m: Extract<OutboundMessage, { kind: 'edit_card' }>, chat: RegisteredChat | null): Promise<void> {
    const [card, ticket] = await Promise.all([this.deps.store.findCard(m.chatId, m.messageId), this.deps.store.findTicketById(m.ticketId)])
    let parts = 0
    if (card && ticket) {
      const rendered = await renderCardForChat(this.deps, ticket, m.chatId, chat)
      const hash = hashOf(rendered)
      if (hash !== card.renderHash) {
        await this.editText(m.chatId, m.messageId, rendered)
        await this.deps.outbox.setCardHash(m.chatId, m.messageId, hash)
        parts = 1
      }
    }
    await this.deps.outbox.markSent(id, this.deps.now(), parts)
  }

  /** Edits a message to `rendered`; Telegram's "message is not modified" means it already shows it. */
  private async editText(chatId: number, messageId: number, rendered: RenderedMessage): Promise<void> {
    await this.deps.api.editMessageText(chatId, messageId, rendered.text, { parse_mode: 'HTML', reply_markup: { inline_keyboard: rendered.keyboard } })
      .catch((e: unknown) => {
        if (!isNotModified(e)) throw e
      })
  }

  /** The group's human admins (its unit's leaders), to mention by name. */
  private async adminsOf(chatId: number): Promise<Array<{ id: number; name: string }>> {
    const members = await this.deps.api.getChatAdministrators(chatId)
    return members.filter((m) => !m.user.is_bot).map((m) => ({ id: m.user.id, name: displayName(m.user) }))
  }

  /** Sends a text split under Telegram's limit; returns how many messages it took. */
  private async sendParts(chatId: number, threadId: number | null, replyTo: number | null, rendered: RenderedMessage): Promise<number> {
    const parts = splitHtml(rendered.text)
    for (const [i, text] of parts.entries()) {
      const last = i === parts.length - 1
      await this.deps.api.sendMessage(chatId, text, sendOptions(threadId, i === 0 ? replyTo : null, last ? rendered : { text, keyboard: [] }))
    }
    return parts.length
  }
}

function sendOptions(threadId: number | null, replyTo: number | null, rendered: RenderedMessage) {
  return {
    parse_mode: 'HTML' as const,
    link_preview_options: { is_disabled: true },
    ...(threadId !== null ? { message_thread_id: threadId } : {}),
    ...(replyTo !== null ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    ...(rendered.keyboard.length > 0 ? { reply_markup: { inline_keyboard: rendered.keyboard } } : {}),
  }
}

export function hashOf(r: RenderedMessage): string {
  return createHash('sha256').update(r.text).update(JSON.stringify(r.keyboard)).digest('hex').slice(0, 32)
}

export function isNotModified(e: unknown): boolean {
  return e instanceof GrammyError && e.error_code === 400 && e.description.includes('message is not modified')
}

type Verdict = { kind: 'retry'; transient: boolean; afterMs?: number } | { kind: 'gone' } | { kind: 'dead' }

/** 429 and network trouble are retried; a chat that removed the bot is marked inactive; other 4xx never succeed. */
function classify(e: unknown): Verdict {
  if (e instanceof GrammyError) {
    if (e.error_code === 429) return { kind: 'retry', transient: true, afterMs: (e.parameters.retry_after ?? 1) * 1000 }
    if (e.error_code === 403) return { kind: 'gone' }
    if (e.error_code >= 500) return { kind: 'retry', transient: true }
    return { kind: 'dead' }
  }
  if (e instanceof HttpError) return { kind: 'retry', transient: true }
  return { kind: 'retry', transient: false }
}
