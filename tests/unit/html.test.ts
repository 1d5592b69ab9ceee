import { describe, expect, it } from 'vitest'
import { escapeHtml, splitHtml, truncate, visibleLength } from '../../bot/render/html.ts'

describe('html rendering helpers', () => {
  it('escapes what Telegram HTML reserves', () => {
    expect(escapeHtml('<b> & "x" >')).toBe('&lt;b&gt; &amp; &quot;x&quot; &gt;')
  })

  it('counts visible characters, not markup', () => {
    expect(visibleLength('<b>a&amp;b</b>')).toBe(3)
  })

  it('splits on lines, every part under the limit, nothing lost', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `<b>#${i}</b> ${'ệ'.repeat(40)}`)
    const parts = splitHtml(lines.join('\n'), 4000)
    expect(parts.length).toBeGreaterThan(1)
    for (const p of parts) expect(visibleLength(p)).toBeLessThanOrEqual(4000)
    expect(parts.join('\n')).toBe(lines.join('\n'))
  })

  it('cuts one overlong line into valid pieces', () => {
    const parts = splitHtml(`<i>${escapeHtml('<'.repeat(9000))}</i>`, 4000)
    expect(parts).toHaveLength(3)
    for (const p of parts) expect(visibleLength(p)).toBeLessThanOrEqual(4000)
    expect(parts.map((p) => visibleLength(p)).reduce((a, b) => a + b)).toBe(9000)
  })

  it('truncates by characters with an ellipsis', () => {
    expect(truncate('Nghệ An', 4)).toBe('Ngh…')
    expect(truncate('Huế', 10)).toBe('Huế')
  })
})
