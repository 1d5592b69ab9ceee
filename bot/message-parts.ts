import type { Chat, Message, MessageOrigin } from 'grammy/types'
import type { ChatFacts } from '../services/registration/registration-service.ts'
import type { Attachment } from '../services/tickets/types.ts'
import { displayName } from './actor.ts'

/** `/cmd[@bot] args` at the very start of a text or caption (grammY does not match commands in captions). */
export function leadingCommand(text: string | undefined, botUsername: string): { command: string; args: string } | null {
  const m = /^\/([a-z0-9_]{1,32})(?:@([a-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/i.exec(text?.trim() ?? '')
  if (!m) return null
  if (m[2] && m[2].toLowerCase() !== botUsername.toLowerCase()) return null
  return { command: m[1].toLowerCase(), args: (m[3] ?? '').trim() }
}

/** The photo (largest size) or document of a message, as a ticket attachment. */
export function attachmentsOf(msg: Message, at: Date): Attachment[] {
  const sender = { senderId: msg.from?.id ?? 0, senderName: msg.from ? displayName(msg.from) : '', at }
  if (msg.photo && msg.photo.length > 0) {
    const largest = msg.photo.reduce((a, b) => ((b.width * b.height) > (a.width * a.height) ? b : a))
    return [{ kind: 'photo', fileId: largest.file_id, fileUniqueId: largest.file_unique_id, ...sender }]
  }
  if (msg.document) return [{ kind: 'document', fileId: msg.document.file_id, fileUniqueId: msg.document.file_unique_id, ...sender }]
  return []
}

/** Who originally wrote a forwarded message, as Telegram tells it. */
export function originalAuthorOf(origin: MessageOrigin | undefined): string | null {
  if (!origin) return null
  switch (origin.type) {
    case 'user': return displayName(origin.sender_user)
    case 'hidden_user': return origin.sender_user_name
    case 'chat': return origin.sender_chat.title ?? null
    case 'channel': return origin.chat.title ?? null
  }
}

export function textOf(msg: Message): string {
  return msg.text ?? msg.caption ?? ''
}

/** Forum topics: answer in the topic the message came from. */
export function topicOf(msg: Message): number | null {
  return msg.is_topic_message && msg.message_thread_id !== undefined ? msg.message_thread_id : null
}

/** What registration keeps about a group: its title, and whether it is a forum (answers go to topics). */
export function chatFactsOf(chat: Chat | undefined): ChatFacts {
  return { title: chat && 'title' in chat ? chat.title ?? '' : '', isForum: Boolean(chat && 'is_forum' in chat && chat.is_forum) }
}
