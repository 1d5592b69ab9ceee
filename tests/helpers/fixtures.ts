import { loadReferenceConfig, DEFAULT_CONFIG_PATH } from '../../bot/app-config.ts'
import { BusinessCalendar } from '../../services/calendar/business-calendar.ts'
import type { ReferenceConfig } from '../../services/config/types.ts'
import type { Actor, Ticket, TicketStatus } from '../../services/tickets/types.ts'
import { UnitDirectory } from '../../services/units/unit-directory.ts'
import type { Unit } from '../../services/units/types.ts'

export const shippedConfig = (): ReferenceConfig => loadReferenceConfig(DEFAULT_CONFIG_PATH)

export const DIEN_CHAU: Unit = { id: 'x-nghe-an-dien-chau', name: 'xã Diễn Châu', kind: 'commune', provinceId: 'nghe-an', parentId: 'nghe-an', aliases: [] }

export function directory(config: ReferenceConfig, extra: Unit[] = [DIEN_CHAU]): UnitDirectory {
  return new UnitDirectory([...config.units, ...extra])
}

export const T0 = new Date('2026-11-25T02:00:00Z') // 09:00 in Vietnam

export function actor(over: Partial<Actor> = {}): Actor {
  return { userId: 1000, name: 'Nguyễn Văn A', unitId: null, isUnitLeader: false, isAdmin: false, isDispatcher: false, inCommandCentre: false, ...over }
}

/** A Nghệ An ticket reported by the commune of Diễn Châu and assigned to VNPT Nghệ An. */
export function ticketFixture(status: TicketStatus, over: Partial<Ticket> = {}): Ticket {
  return {
    id: 1, number: 7, description: 'Hệ thống một cửa không đăng nhập được', status,
    statusBeforePause: status === 'paused' ? 'acknowledged' : null,
    category: 1, priority: 'high', system: 'tthc', affectedUnitId: DIEN_CHAU.id, provinceId: 'nghe-an',
    assigneeUnitId: status === 'new' ? null : 'vnpt-nghe-an', assigneeUserId: null, assigneeUserName: null, informedUnitId: null,
    reporterUnitId: DIEN_CHAU.id, reporterUserId: 501, reporterName: 'Trần Thị B', originalAuthor: null,
    sourceChatId: -100501, sourceMessageId: 10, sourceThreadId: null, deadline: new Date(T0.getTime() + 4 * 3600_000),
    rejectReason: null, duplicateOf: null, version: 1, createdAt: T0, updatedAt: T0,
    assignedAt: status === 'new' ? null : T0, acknowledgedAt: null, resolvedAt: null, lastResponseAt: null,
    ackDueAt: null, fixDueAt: null, silenceDueAt: null, slaNextAt: null, triagedAt: null, snoozedUntil: null, ...over,
  }
}

/** Issue 4's "done when": acknowledge within 1 minute on a 24/7 calendar; the escalation chain one minute apart. */
export function shortSlaConfig(): ReferenceConfig {
  const shipped = shippedConfig()
  return {
    ...shipped,
    clock: {
      calendar: BusinessCalendar.alwaysOpen(),
      sla: { ...shipped.clock.sla, acknowledgement: { minutes: 1, clock: 'working' } },
      escalation: [
        { level: 'on_duty', after: { minutes: 0, clock: 'wall' }, to: 'assignee', mentionAdmins: false },
        { level: 'unit_leaders', after: { minutes: 1, clock: 'wall' }, to: 'assignee', mentionAdmins: true },
        { level: 'centre_head', after: { minutes: 2, clock: 'wall' }, to: 'command_centre', mentionAdmins: true },
        { level: 'leadership', after: { minutes: 3, clock: 'wall' }, to: 'command_centre', mentionAdmins: true },
      ],
    },
  }
}
