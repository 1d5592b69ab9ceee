import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url))

function run(args: string[], input = ''): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['scripts/parse.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const line = (id: string, now: string, province: string | null, text: string): string =>
  JSON.stringify({ id, now, group: { title: 'Nhóm đầu mối', province }, text })

describe('scripts/parse.ts (CLI contract)', () => {
  it('turns each JSONL input line into one output line with the corpus value conventions', () => {
    const input = [
      line('a1', '2025-08-11T07:45:00+07:00', 'An Giang', 'Báo cáo khẩn: hệ thống một cửa của tỉnh bị treo toàn bộ từ 7h. Đề nghị xử lý trong vòng 1 tiếng!'),
      line('a2', '2025-08-05T16:50:00+07:00', 'Hải Phòng', 'Cho em hoi #150 ben minh da xu ly chua a? Xa em van chua ky so duoc'),
      line('a3', '2025-08-08T19:40:00+07:00', null, 'Anh em cuối tuần vui vẻ nha 🍻'),
    ].join('\n')
    const r = run([], input + '\n')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(out).toEqual([
      { id: 'a1', kind: 'report', category: 1, priority: 'urgent', province: 'An Giang', system: 'tthc', deadline: '2025-08-11T08:45:00+07:00', ticket: null },
      { id: 'a2', kind: 'query', category: null, priority: null, province: null, system: null, deadline: null, ticket: 150 },
      { id: 'a3', kind: 'other', category: null, priority: null, province: null, system: null, deadline: null, ticket: null },
    ])
    expect(Object.keys(out[0])).toEqual(['id', 'kind', 'category', 'priority', 'province', 'system', 'deadline', 'ticket'])
  })

  it('reports a bad line on stderr with its number and goes on', () => {
    const input = ['{not json', line('b2', '2025-08-08T19:40:00+07:00', null, 'Cảm ơn ạ'), JSON.stringify({ id: 'b3', text: 'x' })].join('\n')
    const r = run([], input)
    expect(r.stderr).toMatch(/^line 1: invalid JSON/m)
    expect(r.stderr).toMatch(/^line 3: "now" must be/m)
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['b2'])
    expect(r.code).toBe(1)
  })

  it('explains one message given as an argument', () => {
    const r = run(['Xa Bac Me (Ha Giang cu) mat mang, can xu ly gap truoc 11h trua nay', '--now', '2025-08-04T08:05:00+07:00'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('báo sự cố (report)')
    expect(r.stdout).toContain('Tuyên Quang')
    expect(r.stdout).toContain('Ha Giang')
    expect(r.stdout).toContain('2025-08-04T11:00:00+07:00')
    expect(r.stdout).toContain('Khẩn cấp (urgent)')
  })
})
