import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG_PATH, loadReferenceConfig } from '../../bot/app-config.ts'
import { communeUnitId, UnitDirectory, type ResolveResult } from '../../services/units/unit-directory.ts'
import type { Unit } from '../../services/units/types.ts'

const configUnits = loadReferenceConfig(DEFAULT_CONFIG_PATH).units

function summary(r: ResolveResult): string {
  switch (r.kind) {
    case 'found':
      return `found ${r.unit.id}`
    case 'commune':
      return `commune "${r.name}" in ${r.province.id}`
    case 'ambiguous':
      return `ambiguous ${r.candidates.map((u) => u.id).join(',')}`
    case 'none':
      return 'none'
  }
}

const commune = (provinceId: string, name: string): Unit => ({
  id: communeUnitId(provinceId, name),
  name,
  kind: 'commune',
  provinceId,
  parentId: provinceId,
  aliases: [],
})

describe('UnitDirectory lookups', () => {
  const dir = new UnitDirectory(configUnits)

  it('gets units by id and lists them', () => {
    expect(dir.get('nghe-an')?.name).toBe('Nghệ An')
    expect(dir.get('nope')).toBeUndefined()
    expect(dir.all()).toHaveLength(configUnits.length)
    expect(dir.provinces()).toHaveLength(34)
    expect(dir.children('ttch').map((u) => u.id).sort()).toEqual(['ttch-cq', 'ttch-dang', 'ttch-dn', 'ttch-ph', 'ttch-tt'])
  })
})

describe('UnitDirectory.resolve', () => {
  const dir = new UnitDirectory(configUnits)

  it.each([
    ['Nghệ An', 'found nghe-an'],
    ['tinh nghe an', 'found nghe-an'],
    ['Tỉnh Nghệ An', 'found nghe-an'],
    ['nghe an', 'found nghe-an'],
    ['  NGHỆ   AN ', 'found nghe-an'],
    ['VNPT Nghệ An', 'found vnpt-nghe-an'],
    ['vnpt nghe an', 'found vnpt-nghe-an'],
    ['VNPT tỉnh Nghệ An', 'found vnpt-nghe-an'],
    ['Viettel TP HCM', 'found viettel-tp-ho-chi-minh'],
    ['Tân Dân Thanh Hoá', 'found tan-dan-thanh-hoa'],
    ['Trung tâm chỉ huy', 'found ttch'],
    ['ttch', 'found ttch'],
    ['trung tam chi huy', 'found ttch'],
    ['Nhóm điều phối doanh nghiệp và hỗ trợ kỹ thuật', 'found ttch-dn'],
    ['Nhóm Công tác 3', 'found nct-3'],
    ['nhom cong tac so 3', 'found nct-3'],
    ['NCT3', 'found nct-3'],
    ['nct-3', 'found nct-3'],
    ['Quảng Bình', 'found quang-tri'],
    ['ha giang', 'found tuyen-quang'],
    ['Thừa Thiên Huế', 'found hue'],
    ['TP Huế', 'found hue'],
    ['TP HCM', 'found tp-ho-chi-minh'],
    ['tp.hcm', 'found tp-ho-chi-minh'],
    ['Sài Gòn', 'found tp-ho-chi-minh'],
    ['Thành phố Hồ Chí Minh', 'found tp-ho-chi-minh'],
    ['HN', 'found ha-noi'],
    ['thành phố Hà Nội', 'found ha-noi'],
    ['Bộ KHCN', 'found bo-khcn'],
    ['VNPT Quảng Bình', 'found vnpt-quang-tri'],
  ])('%j → %s', (input, expected) => {
    expect(summary(dir.resolve(input))).toBe(expected)
  })

  it.each([
    ['xã Diễn Châu, Nghệ An', 'commune "xã Diễn Châu" in nghe-an'],
    ['xa dien chau nghe an', 'commune "xã Dien Chau" in nghe-an'],
    ['phường Hạc Thành, Thanh Hóa', 'commune "phường Hạc Thành" in thanh-hoa'],
    ['P. Hạc Thành - tỉnh Thanh Hoá', 'commune "phường Hạc Thành" in thanh-hoa'],
    ['xã Mỹ Yên (Long An cũ)', 'commune "xã Mỹ Yên" in tay-ninh'],
    ['xã Mỹ Yên, Long An', 'commune "xã Mỹ Yên" in tay-ninh'],
    ['đặc khu Phú Quốc, An Giang', 'commune "đặc khu Phú Quốc" in an-giang'],
    ['phường Bắc Giang', 'commune "phường Bắc Giang" in bac-ninh'],
  ])('%j → %s', (input, expected) => {
    expect(summary(dir.resolve(input))).toBe(expected)
  })

  it('takes the province of the group for a commune typed without one', () => {
    expect(summary(dir.resolve('xã Diễn Châu'))).toBe('none')
    expect(summary(dir.resolve('xã Diễn Châu', { provinceId: 'nghe-an' }))).toBe('commune "xã Diễn Châu" in nghe-an')
    expect(summary(dir.resolve('xã Diễn Châu, Thanh Hóa', { provinceId: 'nghe-an' }))).toBe('commune "xã Diễn Châu" in thanh-hoa')
  })

  it('lists candidates, at most 8, for an ambiguous input', () => {
    const vnpt = dir.resolve('VNPT')
    expect(vnpt.kind).toBe('ambiguous')
    if (vnpt.kind !== 'ambiguous') return
    expect(vnpt.candidates).toHaveLength(8)
    expect(vnpt.candidates.every((u) => u.kind === 'vendor' && u.name.startsWith('VNPT '))).toBe(true)

    const nhom = dir.resolve('Nhóm')
    expect(nhom.kind).toBe('ambiguous')
    if (nhom.kind !== 'ambiguous') return
    expect(nhom.candidates).toHaveLength(8)
    expect(nhom.candidates.every((u) => u.kind === 'working_group' || u.kind === 'cc_team')).toBe(true)
  })

  it('puts names that start with the input before names that merely contain it', () => {
    const r = dir.resolve('điều phối')
    expect(r.kind).toBe('ambiguous')
    if (r.kind === 'ambiguous') expect(r.candidates.map((u) => u.id)).toEqual(['ttch-dn', 'ttch-cq', 'ttch-dang'])
  })

  it('finds a unit when a partial name fits only one', () => {
    expect(summary(dir.resolve('Nhóm quản trị tri thức'))).toBe('found ttch-tt')
  })

  it('returns none for nonsense and empty input', () => {
    expect(summary(dir.resolve('xyz abc'))).toBe('none')
    expect(summary(dir.resolve('  ,. '))).toBe('none')
  })

  it('reports units sharing a name as ambiguous', () => {
    const twins = new UnitDirectory([...configUnits, commune('nghe-an', 'xã Tân Thành'), commune('thanh-hoa', 'xã Tân Thành')])
    expect(summary(twins.resolve('xã Tân Thành'))).toBe(`ambiguous ${communeUnitId('nghe-an', 'xã Tân Thành')},${communeUnitId('thanh-hoa', 'xã Tân Thành')}`)
    expect(summary(twins.resolve('xã Tân Thành, Thanh Hóa'))).toBe(`found ${communeUnitId('thanh-hoa', 'xã Tân Thành')}`)
  })
})

describe('communes known at run time', () => {
  it('match as found, however they are typed', () => {
    const dir = new UnitDirectory(configUnits)
    dir.add(commune('nghe-an', 'xã Diễn Châu'))
    for (const input of ['xã Diễn Châu, Nghệ An', 'xa dien chau nghe an', 'xã Diễn Châu', 'Diễn Châu']) {
      expect(summary(dir.resolve(input)), input).toBe('found x-nghe-an-dien-chau')
    }
    expect(dir.children('nghe-an').map((u) => u.id)).toEqual(['x-nghe-an-dien-chau'])
  })

  it('can be replaced without leaving stale names behind', () => {
    const dir = new UnitDirectory(configUnits)
    dir.add({ ...commune('nghe-an', 'xã Diễn Châu'), aliases: ['Diễn Châu cũ'] })
    dir.add(commune('nghe-an', 'xã Diễn Châu'))
    expect(summary(dir.resolve('Diễn Châu cũ'))).toBe('none')
    expect(dir.all().filter((u) => u.kind === 'commune')).toHaveLength(1)
  })
})

describe('communeUnitId', () => {
  it('is the same however the name is typed', () => {
    expect(communeUnitId('nghe-an', 'xã Diễn Châu')).toBe('x-nghe-an-dien-chau')
    expect(communeUnitId('nghe-an', 'xa dien chau')).toBe('x-nghe-an-dien-chau')
    expect(communeUnitId('nghe-an', 'Xã  DIỄN CHÂU')).toBe('x-nghe-an-dien-chau')
  })

  it('keeps xã, phường and đặc khu apart', () => {
    expect(communeUnitId('thanh-hoa', 'phường Hạc Thành')).toBe('p-thanh-hoa-hac-thanh')
    expect(communeUnitId('an-giang', 'đặc khu Phú Quốc')).toBe('d-an-giang-phu-quoc')
    expect(communeUnitId('nghe-an', 'Diễn Châu')).toBe('x-nghe-an-dien-chau')
  })

  it('shortens long ids to 24 ASCII characters with a hash that tells them apart', () => {
    const a = communeUnitId('tp-ho-chi-minh', 'phường Thủ Dầu Một')
    const b = communeUnitId('tp-ho-chi-minh', 'phường Thủ Đức')
    for (const id of [a, b]) expect(id).toMatch(/^[a-z0-9-]{1,24}$/)
    expect(a).toHaveLength(24)
    expect(a).not.toBe(b)
    expect(a.startsWith('p-tp-ho-chi-minh-')).toBe(true)
    expect(communeUnitId('tp-ho-chi-minh', 'phường Thủ Dầu Một')).toBe(a)
  })
})
