/**
 * Issue 3, second round: the way real people type (teencode, southern and central wording, English IT words, dropped
 * diacritics, letters held down), old district names, and the rules behind the category, priority and system fixes.
 */
import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../../services/parsing/parse.ts'
import { tokenise } from '../../../services/parsing/tokens.ts'
import type { ParsedRecord } from '../../../services/parsing/format.ts'
import { at, expectBoth, parse } from './helpers.ts'

const NOW = '2026-03-10T09:00:00+07:00' // a Tuesday
const words = (s: string): string[] => tokenise(s).expanded.map((t) => t.lower)

/** Asserts fields on the text as written and on the same text without diacritics. */
const both = (text: string, expected: Partial<ParsedRecord>, now = NOW, province: string | null = 'Nghệ An'): void => expectBoth(text, expected, now, province)

describe('chat forms in the tokeniser', () => {
  it.each([
    ['ko bít cách', ['không', 'biết', 'cách']],
    ['nhìu xã', ['nhiều', 'xã']],
    ['kiểm tra giùm', ['kiểm', 'tra', 'giúp']],
    ['hổng vô được', ['không', 'vào', 'được']],
    ['làm răng', ['làm', 'sao']],
    ['login ko dc', ['đăng', 'nhập', 'không', 'được']],
    ['server bị down', ['máy', 'chủ', 'bị', 'gián', 'đoạn']],
    ['họp online', ['họp', 'trực', 'tuyến']],
    ['sc 912', ['sự', 'cố', '912']],
  ])('expands %s', (input, expected) => expect(words(input)).toEqual(expected))

  it('reads "bt" by its neighbours: biết after a negation or question word, bình thường elsewhere', () => {
    expect(words('ai bt chỗ đổi mật khẩu')).toEqual(['ai', 'biết', 'chỗ', 'đổi', 'mật', 'khẩu'])
    expect(words('firefox thì bt')).toEqual(['firefox', 'thì', 'bình', 'thường'])
  })

  it('reads "v" as vậy only where a clause closes, and "wa" as qua after hôm', () => {
    expect(words('ở đâu v ạ')).toEqual(['ở', 'đâu', 'vậy', 'ạ'])
    expect(words('a v b')).toEqual(['a', 'v', 'b'])
    expect(words('hôm wa chậm wa')).toEqual(['hôm', 'qua', 'chậm', 'quá'])
  })

  it('drops letters held down for emphasis', () => {
    expect(words('gấppppp lỗiii')).toEqual(['gấp', 'lỗi'])
  })
})

describe('phrase matching', () => {
  it('lets one word of a several-word phrase lose its diacritics in accented text, never a single word', () => {
    expect(parse('Xã Nghi Lộc mất mang từ sáng, không vào được phần mềm').system).toBe('mang')
    // "gap" is not "gấp" even when the rest of the message has diacritics
    expect(parse('Máy in của xã hỏng, gap anh Tuấn thì báo đã hết linh kiện').priority).not.toBe('urgent')
  })

  it('matches a gap of up to six words inside a clause, not across one', () => {
    both('Xã không nộp hồ sơ trực tuyến được từ sáng', { kind: 'report', category: 1 })
    // "không … được" does not reach over the comma
    expect(parse('Em không rõ, hồ sơ được trả về rồi ạ').category).not.toBe(1)
  })
})

describe('kind: chat wording', () => {
  it.each([
    ['ad oi mang o xa em die tu sang r, ko vao dc dvc luon', 'report'],
    ['sau khi deploy bản mới VBĐH bị lag kinh khủng, mở 1 vb mất cả phút', 'report'],
    ['Có ai bị giống e ko: dvc tỉnh đồng bộ trạng thái sang cổng qg bị lệch', 'report'],
    ['Máy scan ở quầy 3 scan ra bị mờ, vệ sinh rồi vẫn mờ, có ai gặp chưa ạ', 'report'],
    ['Mọi người ơi có ai biết vụ dvc quốc gia lỗi login sáng nay fix chưa ko?', 'query'],
    ['yc 760 đóng chưa hay vẫn mở vậy ad', 'query'],
    ['server dvc tỉnh đã up lại từ 10h15, các xã login bình thường r ạ', 'update'],
    ['Đã cấp bổ sung 3 USB token cho xã Tiền Hải, nhờ xã cử người lên nhận', 'update'],
    ['Chiều nay team Viettel sẽ update firmware các router, có thể mất mạng 5-10p, mn thông cảm', 'other'],
    ['Dạ e đã nhận công văn ạ, e sẽ trình lãnh đạo', 'other'],
  ])('%s → %s', (text, kind) => both(text, { kind: kind as 'report' }))

  it('reads a new problem after an old ticket\'s fix as a report, with no ticket', () => {
    both('Dạ phiếu 406 đợt trước đã ổn, nay em báo thêm: xã Lâm Bình không in được biên nhận trên phần mềm một cửa', {
      kind: 'report', ticket: null, system: 'tthc',
    })
  })

  it('does not take what someone is thanked for as progress', () => {
    both('Cảm ơn Sở đã gửi hướng dẫn về hồ sơ chuyển tiếp ạ. Xã em đã nhận.', { kind: 'other' })
    both('Cổng DVC tỉnh đã truy cập lại bình thường từ 23h tối qua. Cảm ơn các đơn vị đã hỗ trợ.', { kind: 'update' })
  })

  it('reads a named system with a trouble word it has no cue for as a report it is unsure of', () => {
    const p = parseMessage('VBĐH bản mới chưa hiện mục ký duyệt', { now: at(NOW), groupProvince: 'Hà Nội' })
    expect(p.kind).toBe('report')
    expect(p.confidence).toBe(1)
    expect(parse('Cổng DVC hôm nay không có sự cố gì').kind).toBe('other')
  })
})

describe('category', () => {
  it.each([
    // buying, equipping or supplying N units is a resource, even with the breakdowns that make it needed
    ['Xã đề nghị cấp kinh phí mua UPS cho phòng một cửa, mất điện thường xuyên làm hỏng ổ cứng máy tính', 4],
    ['Đặc khu đề nghị được cấp 01 máy scan cho bộ phận một cửa, hiện chưa được trang bị', 4],
    ['bên em cần thêm 3 máy scan cho bp số hóa hồ sơ, hiện có 1 cái dùng chung cả phường', 4],
    // the steps, which system, nobody who knows how
    ['chứng thư số báo hết hạn, gia hạn thì làm các bước thế nào ạ?', 2],
    ['cho mình hỏi thủ tục khai sinh online thì tiếp nhận trên hệ thống nào, igate hay cổng dvcqg ạ?', 2],
    ['xã không có người biết sử dụng phần mềm họp trực tuyến mới, đề nghị tập huấn', 2],
    // is it required, do the texts disagree
    ['Văn bản đến đã ký số thì xã có cần in ra đóng dấu lại không, hay lưu điện tử là đủ?', 3],
    ['xã có phải báo cáo qua hệ thống báo cáo hàng tuần không, vì văn bản 2 nơi ghi khác nhau', 3],
    // a system showing something wrong is a software error
    ['Cổng dvc tỉnh hiển thị sai phí lệ phí thủ tục cấp phép xây dựng', 1],
  ])('%s → %d', (text, category) => both(text, { kind: 'report', category: category as 1 }))
})

describe('priority', () => {
  it.each([
    ['UPS phòng máy chủ kêu liên tục, sợ sập nguồn, nhờ qua xem trong tuần', 'normal'],
    ['đề nghị bổ sung biên chế cho bộ phận một cửa vì lượng hồ sơ tăng gấp 3', 'normal'],
    ['đề nghị hỗ trợ kinh phí mua máy phát điện, mỗi lần mất điện phải ngừng tiếp nhận hồ sơ', 'normal'],
    ['phường hiện chỉ có 1 công chức kiêm nhiệm phụ trách toàn bộ công tác CĐS, đề nghị bổ sung cán bộ', 'normal'],
    ['Phường em đăng nhập VNeID vô Cổng DVC không được, bà con đang chờ', 'urgent'],
  ])('%s → %s', (text, priority) => both(text, { priority: priority as 'normal' }))
})

describe('system', () => {
  it('labels a how-to question with the system operated, not the device or signature it uses', () => {
    both('cán bộ chưa biết cài đặt VBĐH trên máy tính mới, hướng dẫn giúp', { category: 2, system: 'vbdh' })
    both('hướng dẫn giúp em cách cấu hình chữ ký số trên VBĐH mới', { category: 2, system: 'vbdh' })
  })

  it('does not take a device said to work for the subject', () => {
    both('ko đăng nhập được mail công vụ trên điện thoại, máy tính vẫn vào được', { system: 'email' })
  })

  it('is null for a staff shortage whatever the staff look after', () => {
    both('Xã thiếu cán bộ CNTT, 1 người ôm hết từ mạng, máy in tới chữ ký số, xin tuyển thêm', { category: 4, system: null })
  })

  it('does not take an OTP alone for signing', () => {
    both('Phường không đăng nhập được VNeID để duyệt hồ sơ trên cổng dvc, báo sai OTP', { system: 'tthc' })
  })
})

describe('province from an old district name', () => {
  it.each([
    ['H. Đồng Văn cũ nhiều thôn vẫn trắng sóng', 'Tuyên Quang'],
    ['Q.Gò Vấp cũ: wifi ở bộ phận một cửa chập chờn', 'Thành phố Hồ Chí Minh'],
    ['Quận 7 cũ: phường Tân Thuận bị cúp điện', 'Thành phố Hồ Chí Minh'],
    ['Tại huyện Tam Đảo cũ, điểm cầu xã chưa có màn hình', 'Phú Thọ'],
    ['TP Hội An cũ: phường không nhận được văn bản trên VBĐH', 'Đà Nẵng'],
    ['Tx Sa Pa cũ: kiosk tra cứu hồ sơ đứng hình', 'Lào Cai'],
    ['Lục Ngạn cũ: xã mất điện lưới từ 6h', 'Bắc Ninh'],
  ])('%s → %s', (text, province) => both(text, { province }, NOW, null))

  it('lets a province named in the text win, and leaves ordinary words and lower-case text alone', () => {
    expect(parse('Huyện Tam Đảo cũ, nay thuộc Tuyên Quang? mất mạng', NOW, null).province).toBe('Tuyên Quang')
    // "văn bản" typed without diacritics is not the district Văn Bàn
    expect(parse('phuong khong nhan duoc van ban den tu UBND Thanh pho', NOW, 'Hà Nội').province).toBe('Hà Nội')
    // a commune named like a district elsewhere is not read as the district
    expect(parse('xã Bắc Hà cũ mất mạng từ sáng', NOW, 'Hà Nội').province).toBe('Hà Nội')
  })
})

describe('deadline', () => {
  it.each([
    ['HTTTBC ko gửi được báo cáo tháng, bấm gửi thì quay mãi. Hạn nộp 17h chiều nay', '2026-03-10T17:00:00+07:00'],
    ['hệ thống báo cáo không cho nhập số liệu, trong khi hạn là t6', '2026-03-13T17:00:00+07:00'],
    ['không đăng nhập được hệ thống báo cáo. Hôm nay phải nộp báo cáo năm trước 16h', '2026-03-10T16:00:00+07:00'],
    // a bare "trong ngày" gives way to a precise time later in the message
    ['Không ký số được kết quả, ảnh hưởng trả kết quả trong ngày, đề nghị xử lý trước 16h30 hôm nay', '2026-03-10T16:30:00+07:00'],
  ])('%s → %s', (text, deadline) => both(text, { deadline }))

  it('does not take an expiry or an extension for a deadline', () => {
    both('Chứng thư số của chủ tịch xã hết hạn ngày 25/3, không ký được', { deadline: null })
    both('Token ký số đã gia hạn đến 30/6 nhưng vẫn báo lỗi', { deadline: null })
  })
})
