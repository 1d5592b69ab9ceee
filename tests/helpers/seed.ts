import type { Store } from '../../services/ports.ts'
import type { Database } from '../../services/repositories/database.ts'
import { createPrismaStore, syncConfigUnits } from '../../services/repositories/prisma-store.ts'
import { DIEN_CHAU, shippedConfig } from './fixtures.ts'

export const SEED_CHATS = { ngheAn: -501, ttch: -502 } as const

/** A test database with the shipped units, the commune of Diễn Châu, and a Nghệ An and a command-centre group. */
export async function seedStore(db: Database, at: Date): Promise<Store> {
  await syncConfigUnits(db.prisma, shippedConfig().units)
  const store = createPrismaStore(db.prisma)
  await store.transaction(async (tx) => {
    await tx.insertUnit(DIEN_CHAU)
    await tx.upsertChat({ chatId: SEED_CHATS.ngheAn, title: 'Nghệ An', isForum: false, unitId: 'nghe-an', at })
    await tx.upsertChat({ chatId: SEED_CHATS.ttch, title: 'TTCH', isForum: false, unitId: 'ttch', at })
  })
  return store
}
