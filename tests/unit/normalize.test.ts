import { describe, expect, it } from 'vitest'
import { foldVi, lowerVi, normalizeVi } from '../../services/text/normalize.ts'

describe('normalizeVi', () => {
  it('composes decomposed input (NFD, "Unicode tổ hợp") into NFC', () => {
    const decomposed = 'Vi\u00ea\u0323t Nam'
    expect(decomposed).not.toBe('Việt Nam')
    expect(normalizeVi(decomposed)).toBe('Việt Nam')
    expect(normalizeVi('Nghe\u0302\u0323 An')).toBe('Nghệ An')
  })

  it.each([
    ['hoà', 'hòa'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['khoẻ', 'khỏe'],
    ['thuỷ', 'thủy'],
    ['tuỳ ý', 'tùy ý'],
    ['Thuý', 'Thúy'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
  ])('moves the tone of open oa/oe/uy to the first vowel: %s → %s', (input, expected) => {
    expect(normalizeVi(input)).toBe(expected)
  })

  it.each(['quý', 'hoàn thành', 'thuyền', 'khuỷu', 'của', 'mùa', 'hoằng', 'Hòa'])('leaves %s alone', (word) => {
    expect(normalizeVi(word)).toBe(word)
  })

  it('collapses whitespace and trims', () => {
    expect(normalizeVi('  xã\t Diễn   Châu \n')).toBe('xã Diễn Châu')
  })
})

describe('foldVi', () => {
  it('drops case and diacritics, maps đ/Đ to d', () => {
    expect(foldVi('Đắk Lắk')).toBe('dak lak')
    expect(foldVi('ĐỒNG THÁP')).toBe('dong thap')
    expect(foldVi('Thủy')).toBe(foldVi('thuỷ'))
  })

  it('folds every Vietnamese vowel with every tone, in NFC and NFD alike', () => {
    const vowels = 'aăâeêioôơuưy'
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323']
    for (const v of vowels) {
      for (const t of tones) {
        const nfc = (v + t).normalize('NFC')
        expect(foldVi(nfc)).toMatch(/^[aeiouy]$/)
        expect(foldVi(nfc.normalize('NFD'))).toBe(foldVi(nfc))
        expect(foldVi(nfc.toUpperCase())).toBe(foldVi(nfc))
      }
    }
  })

  it('turns punctuation runs into single spaces', () => {
    expect(foldVi('TP.HCM, BR-VT!!')).toBe('tp hcm br vt')
    expect(foldVi('  "xã Diễn Châu" — Nghệ An. ')).toBe('xa dien chau nghe an')
  })
})

describe('lowerVi', () => {
  it('keeps diacritics so "gấp" and "gặp" stay different', () => {
    expect(lowerVi('Cần GẤP!')).toBe('cần gấp')
    expect(lowerVi('gặp lỗi')).not.toBe(lowerVi('gấp lỗi'))
  })
})
