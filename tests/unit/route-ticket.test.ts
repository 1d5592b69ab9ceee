import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG_PATH, loadReferenceConfig } from '../../bot/app-config.ts'
import type { RoutingConfig } from '../../services/config/types.ts'
import { listRoutes, ROUTE_RULES, routeTicket } from '../../services/routing/route-ticket.ts'
import { CATEGORIES, SYSTEMS } from '../../services/tickets/types.ts'

const cfg = loadReferenceConfig(DEFAULT_CONFIG_PATH)
const routing = cfg.routing
const units = new Map(cfg.units.map((u) => [u.id, u]))
const provinceIds = cfg.units.filter((u) => u.kind === 'province').map((u) => u.id)

describe('routeTicket with the shipped table (requirements §4.1, §9.4)', () => {
  it.each([
    ['Nghệ An tthc → VNPT Nghệ An', { category: 1, system: 'tthc', provinceId: 'nghe-an' }, { assigneeUnitId: 'vnpt-nghe-an', informedUnitId: null, rule: 'vendor' }],
    ['Bắc Ninh tthc → self → the province', { category: 1, system: 'tthc', provinceId: 'bac-ninh' }, { assigneeUnitId: 'bac-ninh', informedUnitId: null, rule: 'province_self' }],
    ['Gia Lai lgsp → FPT Gia Lai', { category: 1, system: 'lgsp', provinceId: 'gia-lai' }, { assigneeUnitId: 'fpt-gia-lai', informedUnitId: null, rule: 'vendor' }],
    ['An Giang hop → Viettel An Giang', { category: 1, system: 'hop', provinceId: 'an-giang' }, { assigneeUnitId: 'viettel-an-giang', informedUnitId: null, rule: 'vendor' }],
    ['Thanh Hóa tthc → Tân Dân Thanh Hóa', { category: 1, system: 'tthc', provinceId: 'thanh-hoa' }, { assigneeUnitId: 'tan-dan-thanh-hoa', informedUnitId: null, rule: 'vendor' }],
    ['Đà Nẵng baocao → SDT', { category: 1, system: 'baocao', provinceId: 'da-nang' }, { assigneeUnitId: 'sdt-da-nang', informedUnitId: null, rule: 'vendor' }],
    ['Nghệ An mang (no column) → TTCH technical team', { category: 1, system: 'mang', provinceId: 'nghe-an' }, { assigneeUnitId: 'ttch-dn', informedUnitId: null, rule: 'vendor_fallback' }],
    ['Nghệ An vbdh (blank cell) → TTCH technical team', { category: 1, system: 'vbdh', provinceId: 'nghe-an' }, { assigneeUnitId: 'ttch-dn', informedUnitId: null, rule: 'vendor_fallback' }],
    ['Loại 3 kyso → Nhóm Công tác 4', { category: 3, system: 'kyso', provinceId: 'nghe-an' }, { assigneeUnitId: 'nct-4', informedUnitId: null, rule: 'working_group' }],
    ['Loại 3 without a province still goes to the working group', { category: 3, system: 'tthc', provinceId: null }, { assigneeUnitId: 'nct-3', informedUnitId: null, rule: 'working_group' }],
    ['Loại 2 tthc Nghệ An → the province, Nhóm 3 informed', { category: 2, system: 'tthc', provinceId: 'nghe-an' }, { assigneeUnitId: 'nghe-an', informedUnitId: 'nct-3', rule: 'province_contact' }],
    ['Loại 4 mang Điện Biên → the province, Nhóm 2 informed', { category: 4, system: 'mang', provinceId: 'dien-bien' }, { assigneeUnitId: 'dien-bien', informedUnitId: 'nct-2', rule: 'province_contact' }],
    ['Loại 1 without a province → command-centre triage', { category: 1, system: 'tthc', provinceId: null }, { assigneeUnitId: null, informedUnitId: null, rule: 'triage' }],
    ['Loại 2 without a province → command-centre triage', { category: 2, system: 'vbdh', provinceId: null }, { assigneeUnitId: null, informedUnitId: null, rule: 'triage' }],
  ] as const)('%s', (_name, input, expected) => {
    expect(routeTicket(input, routing)).toEqual(expected)
  })

  it('assigns nobody when automatic assignment is off', () => {
    const off: RoutingConfig = { ...routing, autoAssign: false }
    for (const category of CATEGORIES) {
      expect(routeTicket({ category, system: 'tthc', provinceId: 'nghe-an' }, off)).toEqual({ assigneeUnitId: null, informedUnitId: null, rule: 'auto_assign_off' })
    }
  })

  it('falls back when a vendor cell names a vendor without a team there', () => {
    const broken: RoutingConfig = { ...routing, vendors: { 'nghe-an': { tthc: { vendor: 'Nobody' } } } }
    expect(routeTicket({ category: 1, system: 'tthc', provinceId: 'nghe-an' }, broken)).toMatchObject({ assigneeUnitId: 'ttch-dn', rule: 'vendor_fallback' })
  })
})

describe('listRoutes', () => {
  it('routes all 34 × 10 × 4 = 1360 combinations to an existing unit', () => {
    expect(provinceIds).toHaveLength(34)
    const rows = listRoutes(routing, provinceIds)
    expect(rows).toHaveLength(1360)
    expect(new Set(rows.map((r) => `${r.provinceId}/${r.system}/${r.category}`)).size).toBe(1360)
    for (const { route, category, provinceId, system } of rows) {
      const where = `${provinceId} ${system} Loại ${category}`
      expect(ROUTE_RULES, where).toContain(route.rule)
      expect(route.assigneeUnitId, where).not.toBeNull()
      expect(units.has(route.assigneeUnitId as string), where).toBe(true)
      if (route.informedUnitId !== null) expect(units.get(route.informedUnitId)?.kind, where).toBe('working_group')
    }
    const used = new Set(rows.map((r) => r.route.rule))
    expect([...used].sort()).toEqual(['province_contact', 'province_self', 'vendor', 'vendor_fallback', 'working_group'])
  })

  it('sends every Loại 1 to the vendor team of the same province, or the province itself', () => {
    for (const { route, provinceId } of listRoutes(routing, provinceIds).filter((r) => r.category === 1)) {
      if (route.rule === 'vendor') expect(units.get(route.assigneeUnitId as string)?.provinceId).toBe(provinceId)
      if (route.rule === 'province_self') expect(route.assigneeUnitId).toBe(provinceId)
    }
  })

  it('triages only rows without a province', () => {
    const rows = listRoutes(routing, [null, 'nghe-an'])
    expect(rows).toHaveLength(2 * SYSTEMS.length * CATEGORIES.length)
    for (const { route, provinceId, category } of rows) {
      expect(route.rule === 'triage').toBe(provinceId === null && category !== 3)
      expect(route.assigneeUnitId === null).toBe(route.rule === 'triage')
    }
  })
})
