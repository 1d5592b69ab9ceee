import { describe, expect, it } from 'vitest'
import { tokenise } from '../../../services/parsing/tokens.ts'
import { parse, stripDiacritics } from './helpers.ts'

const words = (s: string): string[] => tokenise(s).expanded.map((t) => t.lower)

describe('tokeniser and normalisation', () => {
  it('reads NFC, NFD and the "Unicode tổ hợp" mix the same way', () => {
    const nfc = 'Mất mạng ở xã Nghĩa Đàn, cần hỗ trợ gấp'
    const nfd = nfc.normalize('NFD')
    const mixed = 'Mâ\u0301t ma\u0323ng ở xã Nghi\u0303a Đa\u0300n, cần hỗ trợ gâ\u0301p'
    expect(words(nfd)).toEqual(words(nfc))
    expect(words(mixed)).toEqual(words(nfc))
    expect(parse(nfd)).toEqual(parse(nfc))
  })

  it('treats old and new tone placement alike (hoà/hòa, Thanh Hoá/Thanh Hóa, thuỷ/thủy)', () => {
    expect(words('Thanh Hoá, hoà mạng, thuỷ')).toEqual(words('Thanh Hóa, hòa mạng, thủy'))
    expect(parse('Khánh Hoà cũ báo mất mạng', undefined, null).province).toBe('Khánh Hòa')
  })

  it.each([
    ['ko vào đc', ['không', 'vào', 'được']],
    ['k gửi dc', ['không', 'gửi', 'được']],
    ['ht tthc', ['hệ', 'thống', 'tthc']],
    ['a/c giúp e', ['anh', 'chị', 'giúp', 'em']],
    ['VT đã xử lý', ['viettel', 'đã', 'xử', 'lý']],
    ['gửi sđt', ['gửi', 'số', 'điện', 'thoại']],
    ['cb mới', ['cán', 'bộ', 'mới']],
    ['vbdh', ['vbđh']],
    ['trc T6', ['trước', 'thứ', '6']],
    ['hnay', ['hôm', 'nay']],
    ['yc số 31', ['yêu', 'cầu', 'số', '31']],
    ['PGV 58', ['phiếu', 'giao', 'việc', '58']],
    ['e nhận hs', ['em', 'nhận', 'hồ', 'sơ']],
    ['cổng TTĐT', ['cổng', 'thông', 'tin', 'điện', 'tử']],
    ['xử lí', ['xử', 'lý']],
  ])('expands the chat abbreviation in %s', (input, expected) => {
    expect(words(input)).toEqual(expected)
  })

  it('never expands inside words or onto accented words', () => {
    expect(words('máy in hỏng')).toEqual(['máy', 'in', 'hỏng']) // "hỏng" is not "hong" = không
    expect(words('500k')).toEqual(['500k'])
    expect(words('kết nối')).toEqual(['kết', 'nối'])
  })

  it('keeps phone numbers, times, dates, document numbers and ticket hashes as single typed tokens', () => {
    const t = tokenise('Gọi 0912 345 678 hoặc 0296.3856.123 lúc 8h15 ngày 13/2, cv 1234/UBND, phiên bản 3.2.1, #33, 4G').tokens
    const typed = t.filter((x) => x.type !== 'word').map((x) => [x.type, x.raw])
    expect(typed).toEqual([
      ['phone', '0912 345 678'], ['phone', '0296.3856.123'], ['time', '8h15'], ['date', '13/2'], ['docnum', '1234/UBND'],
      ['num', '3.2.1'], ['hash', '#33'], ['num', '4G'],
    ])
  })

  it('marks the last token of each clause (punctuation, line break, end), and a question mark closes its own clause', () => {
    const ends = (s: string): string[] => tokenise(s).expanded.filter((t) => t.end).map((t) => t.raw)
    expect(ends('Tiếp nhận. Em sẽ xử lý')).toEqual(['nhận', 'lý'])
    expect(ends('mất mạng\ntừ sáng, ko vào được')).toEqual(['mạng', 'sáng', 'được'])
    expect(ends('xong chưa ạ?')).toEqual(['?'])
    expect(ends('k')).toEqual(['không'])
  })

  it('tells text with diacritics from text without', () => {
    expect(tokenise('Xã Bắc Mê mất mạng từ tối chủ nhật').accented).toBe(true)
    expect(tokenise('Xa Bac Me mat mang tu toi chu nhat').accented).toBe(false)
    expect(tokenise(stripDiacritics('Đề nghị xử lý khẩn')).accented).toBe(false)
  })

  it('keeps words apart that only diacritics distinguish, when the text has them', () => {
    // "gặp" (meet) is not "gấp" (urgent); "mang" (carry) is not "mạng" (network)
    const meet = parse('Xã Nghi Lộc đề nghị hướng dẫn cách gặp lãnh đạo Sở để trình ký, cán bộ chưa biết quy trình')
    expect(meet.priority).not.toBe('urgent')
    const carry = parse('Xã Quỳ Hợp thiếu máy tính, cán bộ phải mang máy cá nhân đi làm. Đề nghị cấp thêm.')
    expect(carry.system).toBe('thietbi')
  })
})
