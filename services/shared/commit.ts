import type { OutboundMessage, Store, TxStore } from '../ports.ts'

/** What every use case gets from its caller: which update it handles, and when. */
export interface RequestMeta {
  /** The messenger's update id: handling the same update twice changes nothing. */
  updateId: number
  now: Date
}

export type Work<T> = { value: T; messages: OutboundMessage[] } | { refused: T }

export type Committed<T> = { duplicate: true } | { duplicate: false; committed: boolean; value: T }

class Refused<T> extends Error {
  constructor(readonly value: T) {
    super('refused')
  }
}

/**
 * Runs `work` in one transaction with the update's processed-marker and the messages it causes (the outbox),
 * so a change and its notifications commit together, and a replayed update commits nothing.
 * A refusal rolls everything back, the marker included: a refused request leaves no trace.
 */
export async function commitOnce<T>(store: Store, meta: RequestMeta, work: (tx: TxStore) => Promise<Work<T>>): Promise<Committed<T>> {
  try {
    return await store.transaction(async (tx) => {
      if (!(await tx.markUpdateProcessed(meta.updateId))) return { duplicate: true as const }
      const result = await work(tx)
      if ('refused' in result) throw new Refused(result.refused)
      await tx.enqueue(result.messages, meta.now)
      return { duplicate: false as const, committed: true, value: result.value }
    })
  } catch (e) {
    if (e instanceof Refused) return { duplicate: false, committed: false, value: e.value as T }
    throw e
  }
}
