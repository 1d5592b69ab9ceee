import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../../services/parsing/parse.ts'
import type { ParsedRecord } from '../../../services/parsing/format.ts'
import { at, expectBoth, parse } from './helpers.ts'

const NOW = '2025-07-16T09:00:00+07:00' // a Wednesday

/** Asserts one field on the text as written and on the same text without diacritics. */
const both = (text: string, expected: Partial<ParsedRecord>, now = NOW, province: string | null = 'Nghệ An'): void => expectBoth(text, expected, now, province)

describe('kind', () => {
  it.each([
    ['Xã Diễn Châu mất mạng từ 7h sáng nay, một cửa không tiếp nhận được hồ sơ', 'report'],
    ['Cán bộ xã Con Cuông chưa biết cách trả kết quả điện tử trên phần mềm một cửa, nhờ hướng dẫn', 'report'],
    ['phiếu 12 đến đâu rồi ạ', 'query'],
    ['Cho em hỏi ticket #45 đã có ai nhận chưa ạ?', 'query'],
    ['Còn phiếu nào quá hạn không các anh chị?', 'query'],
    ['Viettel đã khắc phục xong sự cố #33, kết nối bình thường rồi', 'update'],
    ['Đã tiếp nhận phiếu 18, kỹ thuật đang trên đường xuống xã', 'update'],
    ['Em cảm ơn anh chị nhiều ạ 🙏', 'other'],
    ['Chúc cả nhà cuối tuần vui vẻ', 'other'],
    ['Mọi người lưu ý 14h chiều nay họp giao ban trực tuyến nhé', 'other'],
  ])('%s → %s', (text, kind) => both(text, { kind: kind as 'report' }))

  it('an empty or emoji-only message is other with no confidence', () => {
    const p = parseMessage('🙏🙏', { now: at(NOW), groupProvince: null })
    expect(p.kind).toBe('other')
    expect(p.confidence).toBe(0)
  })
})

describe('kind: how-to and applicability questions, resolved outages, acknowledgements, logistics', () => {
  it.each([
    // how-to questions about a system or procedure are reports (category 2), not status queries
    ['Cho em hỏi trên phần mềm một cửa hồ sơ chứng thực thì chọn mục trả kết quả hay chuyển xử lý ạ?', 'report', 2],
    ['Xã chưa biết cách tạo tài khoản quản trị trên Cổng DVC, anh chị hướng dẫn giúp em', 'report', 2],
    ['Số hóa hồ sơ đầu vào mỗi cán bộ làm một kiểu, có quy trình chuẩn nào không ạ', 'report', 2],
    // whether a rule, fee or budget source still applies / may be used: category 3
    ['Mức thu phí theo quyết định của huyện cũ còn áp dụng được không ạ?', 'report', 3],
    ['Xã có được dùng kinh phí tự chủ để thuê dịch vụ lưu trữ không ạ?', 'report', 3],
    // coverage never there: category 4
    ['Mấy thôn vùng sâu chưa có sóng di động, không gửi được mã OTP cho dân', 'report', 4],
  ])('%s → %s', (text, kind, category) => both(text, { kind: kind as 'report', category: category as 1 }))

  it.each([
    ['Cổng DVC đã truy cập lại bình thường từ 20h, xác định do nhà mạng đổi cấu hình', 'update'],
    ['Phần mềm một cửa đã ổn định trở lại, do máy chủ bị lỗi cập nhật, đã gỡ bản vá', 'update'],
    ['ok em nhận, để em báo bên kỹ thuật', 'update'],
    ['cho hỏi #77 sao vẫn trạng thái đang xử lý ạ', 'query'],
    ['Đề nghị các đơn vị gửi báo cáo số liệu về Sở trước 15h chiều nay', 'other'],
    ['Lịch trực nghỉ lễ 30/4 của TTĐH thế nào ạ?', 'other'],
  ])('%s → %s', (text, kind) => both(text, { kind: kind as 'report', category: null, deadline: null }))

  it('keeps a report that says the service is still not back, and "em nhận được" as what arrived', () => {
    both('Mạng xã Kỳ Sơn từ sáng đến giờ vẫn chưa có lại, một cửa không làm việc được', { kind: 'report' })
    both('Em nhận được phản ánh: phần mềm một cửa không in được phiếu hẹn', { kind: 'report' })
  })

  it('reads "sắp xếp"/"sáp nhập" typed without diacritics as no crash, and "do" as because', () => {
    expect(parse('Sau sap nhap xa chua biet cach ky so tren VBDH, nho huong dan').priority).toBe('normal')
    expect(parse('VNPT: da tiep nhan, loi do cap nhat phien ban, dang khoi phuc').kind).toBe('update')
  })

  it('maps an old province name in parentheses when the group has none', () => {
    both('Cho em hỏi xã Lạng Giang (Bắc Giang cũ) trên hệ thống một cửa thì chọn lĩnh vực nào ạ?', { kind: 'report', province: 'Bắc Ninh' }, NOW, null)
  })
})

describe('kind: status vocabulary, questions, problem-then-fix and requests (issue 3)', () => {
  it.each([
    // status questions, with and without a number, with progress words asked about
    ['Phiếu 12 xử lý tới đâu rồi ạ?', 'query', 12],
    ['#132 đã khắc phục chưa anh?', 'query', 132],
    ['yc số 31 đã có ai nhận chưa ạ', 'query', 31],
    ['PGV 58 tình hình sao rồi anh?', 'query', 58],
    ['ticket 45 đang ở bước nào rồi ạ', 'query', 45],
    ['ticket 12 có cập nhật gì mới không anh', 'query', 12],
    ['yc 415 sao im vậy anh, 2 hôm rồi', 'query', 415],
    ['ai đang giữ phiếu 12 vậy', 'query', 12],
    ['Ticket 390 cập nhật giúp em với, xã vẫn chưa có máy tính mới', 'query', 390],
    ['Cho hỏi vụ mất mạng ở xã Hưng Nguyên đã có ai xuống kiểm tra chưa?', 'query', null],
    ['Hôm nay có phiếu mới nào giao cho xã em không ạ', 'query', null],
    ['Vẫn chưa ai trả lời vụ phần mềm bầu cử bên em à?', 'query', null],
    // acknowledgement, progress and resolution
    ['Em đang liên hệ bên Viettel để kiểm tra tuyến cáp, có kết quả em báo lại ạ', 'update', null],
    ['Lỗi ký số ở xã Bảo Lâm đã được khắc phục, anh chị thử lại giúp em', 'update', null],
    ['da fix xong loi dang nhap cho phieu 47, nho xa kiem tra lai giup', 'update', 47],
    ['Xác nhận xã em đã vào lại được một cửa bình thường, nhờ đóng phiếu 31 ạ', 'update', 31],
    ['Đang kiểm tra log máy chủ, tạm thời chưa tái hiện được lỗi ạ', 'update', null],
    ['Tiếp nhận. Em sẽ xử lý trong sáng nay', 'update', null],
    ['ket noi LGSP xa Dam Doi da thong, ho so ho tich lien thong binh thuong', 'update', null],
    // thanks and logistics
    ['Đã nhận được công văn, em sẽ triển khai cho các xã', 'other', null],
    ['Nhắc các xã hoàn thành khảo sát mức độ chuyển đổi số trước 20/10', 'other', null],
    ['Tối nay 19h30 có đợt nâng cấp iGate, dự kiến gián đoạn 30 phút, các xã lưu hồ sơ trước nhé', 'other', null],
    ['Tuần sau Sở tổ chức tập huấn VBĐH cho các xã, đề nghị cử cán bộ tham gia', 'other', null],
  ])('%s → %s', (text, kind, ticket) => both(text, { kind: kind as 'report', ticket: ticket as number | null }))

  it('reads a problem told before its fix as an update, and "… nhưng vẫn …" after an attempt as a report', () => {
    both('Đường truyền bị đứt cáp do thi công, Viettel đã hàn nối xong lúc 16h', { kind: 'update' })
    both('Lỗi đăng nhập một cửa do máy chủ quá tải, bên em đã tăng dung lượng, giờ vào bình thường', { kind: 'update' })
    both('Đã cài lại plugin ký số nhưng vẫn báo lỗi', { kind: 'report' })
    both('Xã vẫn chưa vào được một cửa dù bên kỹ thuật báo đã xong', { kind: 'report' })
  })

  it('reads progress asked for as a request, not as progress', () => {
    both('Phường Vũng Tàu không đồng bộ được hồ sơ sang kho dữ liệu số hóa. Nhờ xử lý xong trước cuối ngày hôm nay ạ.', { kind: 'report' })
    both('Nhiều tỉnh báo lỗi ký số trên VBĐH, bấm ký không phản hồi. Đề nghị nhà cung cấp khắc phục xong trước tối nay.', { kind: 'report', category: 1 })
  })

  it('reads a how-to question as a report even when it mentions meetings and links', () => {
    both('Làm sao để đặt lịch họp trực tuyến và gửi link cho các điểm cầu xã ạ?', { kind: 'report', category: 2, system: 'hop' })
    both('Anh chị ơi muốn thêm người dùng mới vào phần mềm quản lý văn bản thì vào đâu ạ?', { kind: 'report', category: 2, system: 'vbdh' })
    both('Binh Dinh cu: phuong Quy Nhon Nam can huong dan cach cau hinh ky so tu xa tren dien thoai cho lanh dao', { kind: 'report', category: 2, system: 'kyso' })
  })

  it('names outages by what is lost and failures without "được"', () => {
    both('Hotline VNPT không ai nghe máy, xã Hưng Nguyên mất internet từ sáng', { kind: 'report', category: 1, system: 'mang' })
    both('Phòng họp không giấy Q-Cabinet không đồng bộ tài liệu', { kind: 'report', category: 1, system: 'hop' })
    both('Hệ thống báo cáo ko cho nhập số liệu tháng 11, chỉ hiện kỳ tháng 10. Nhờ sửa trước thứ 4 ạ', { kind: 'report', system: 'baocao' })
  })
})

describe('words that diacritics alone tell apart, typed without them', () => {
  it('does not read "kết nối" as "kẹt", "song song" as "sóng", "khẩn cấp" as "cấp", "tổ chức" as "chúc", "tổng hợp" as "họp"', () => {
    expect(parse('ket noi LGSP xa Dam Doi da thong').kind).toBe('update')
    expect(parse('Cho e hoi quy dinh luu tru ho so sau khi so hoa co bat buoc giu song song ban giay khong a? Chua thay van ban nao noi ro').system).toBeNull()
    expect(parse('Vung Tau cu: phuong Ba Ria mat ket noi DVC tu 7h, ko tiep nhan dc ho so nao. Khan cap!!!').category).toBe(1)
    expect(parse('Ket qua cham diem chuyen doi so quy 3 da co tren cong, anh chi xem nhe').kind).toBe('other')
    expect(parse('He thong bao cao tong hop cuoi nam bi loi khi xuat file excel, de nghi khac phuc truoc 9h sang mai').kind).toBe('report')
  })

  it('reads a province whose bare name is an everyday phrase only when capitalised or accented', () => {
    expect(parse('website so bi chen noi dung co bac, can go gap', NOW, 'Đồng Tháp').province).toBe('Đồng Tháp')
    expect(parse('Bac Can cu: xa Ba Be mat mang', NOW, null).province).toBe('Thái Nguyên')
    expect(parse('Xã Pác Nặm (Bắc Kạn cũ) mất mạng', NOW, null).province).toBe('Thái Nguyên')
  })

  it('keeps a power cut an outage when the text asks for power back or has no generator', () => {
    both('Xã Châu Thành cúp điện cả buổi sáng, không có máy phát, bộ phận một cửa phải tạm nghỉ. Đề nghị Điện lực ưu tiên cấp điện lại', { category: 1 })
    both('Xã Sóc Sơn: 3 cán bộ một cửa nghỉ ốm cùng lúc, hồ sơ tồn hơn 60 bộ. Xin tăng cường người từ phường lân cận sớm ạ', { category: 4, system: null })
  })
})

describe('category', () => {
  it.each([
    ['Phần mềm một cửa báo lỗi 502, không đăng nhập được', 1],
    ['Máy scan ở bộ phận một cửa bị hỏng, không scan được', 1],
    ['Cán bộ chưa biết cách ký số văn bản đi trên VBĐH, nhờ hướng dẫn', 2],
    ['Xã hỏi công dân nộp hồ sơ trực tuyến thay người khác có hợp lệ không, quy định nào điều chỉnh?', 3],
    ['Chưa có văn bản hướng dẫn mức thu phí sau khi phân cấp về xã, đề nghị làm rõ', 3],
    ['Xã thiếu kinh phí thuê đường truyền internet dự phòng, đề nghị hỗ trợ', 4],
    ['Xã chỉ có 2 cán bộ làm một cửa, đề nghị bố trí thêm biên chế', 4],
  ])('%s → Loại %i', (text, category) => both(text, { category: category as 1 }))
})

describe('priority', () => {
  it.each([
    ['Khẩn: mất mạng toàn bộ trụ sở xã, cần hỗ trợ ngay', 'urgent'],
    ['Hỏa tốc! Cổng DVC tỉnh bị sập', 'urgent'],
    ['Một cửa không tiếp nhận được hồ sơ, dân phải về', 'urgent'],
    ['Nhiều xã không gửi được văn bản trên VBĐH, đề nghị ưu tiên kiểm tra', 'high'],
    ['Máy in ở quầy một cửa kẹt giấy, nhờ kiểm tra trước 16h chiều nay', 'high'],
    ['Máy in ở quầy một cửa kẹt giấy, không gấp, khi nào rảnh qua xem giúp', 'low'],
    ['Máy in ở quầy một cửa kẹt giấy, nhờ kiểm tra trước thứ 2 tuần sau', 'normal'],
  ])('%s → %s', (text, priority) => both(text, { priority: priority as 'low' }))

  it('"không gấp" is not "gấp", and "chậm nhất" is not slow', () => {
    both('Lỗi ký số trên VBĐH, không gấp lắm, chậm nhất thứ 6 tuần sau xử lý giúp', { priority: 'low' })
  })
})

describe('system', () => {
  it.each([
    ['Phần mềm một cửa không đăng nhập được', 'tthc'],
    ['Cổng DVC tỉnh không thanh toán trực tuyến được', 'tthc'],
    ['VBĐH không nhận được văn bản đến từ trục liên thông', 'vbdh'],
    ['Phòng họp trực tuyến không kết nối được điểm cầu tỉnh', 'hop'],
    ['Không tra cứu được thông tin công dân từ CSDL dân cư qua LGSP', 'lgsp'],
    ['Hệ thống thông tin báo cáo (HTTTBC) không gửi được báo cáo định kỳ', 'baocao'],
    ['Mất kết nối mạng truyền số liệu chuyên dùng, họp trực tuyến và VBĐH đều không vào được', 'mang'],
    ['USB token không nhận trên máy, không ký số được', 'kyso'],
    ['Email công vụ của xã không gửi được thư ra ngoài', 'email'],
    ['Máy scan và máy in ở bộ phận một cửa đều hỏng', 'thietbi'],
    ['Phần mềm dân nguyện không đăng nhập được', 'khac'],
    ['Website của xã bị chèn nội dung lạ', 'khac'],
  ])('%s → %s', (text, system) => both(text, { system: system as 'tthc' }))

  it('is null for staff or money tied to no system, and for a policy question naming none', () => {
    both('Xã thiếu cán bộ chuyên trách CNTT, 1 người kiêm nhiệm cả một cửa, VBĐH. Đề nghị bố trí thêm biên chế.', { system: null })
    both('Chưa có quy định về chế độ phụ cấp cho cán bộ làm chuyển đổi số cấp xã, đề nghị hướng dẫn', { system: null })
  })

  it('is the missing thing for a resource report', () => {
    both('Đề nghị cấp bổ sung 10 USB token cho cán bộ mới', { system: 'kyso' })
    both('Xã mới chưa có phần mềm một cửa, đề nghị tỉnh triển khai', { system: 'tthc' })
  })
})

describe('province', () => {
  it.each([
    ['Xã Bắc Mê (Hà Giang cũ) mất mạng', 'Tuyên Quang'],
    ['Bình Dương cũ: phường Thủ Dầu Một mất mạng LAN', 'Thành phố Hồ Chí Minh'],
    ['BR-VT cũ: đặc khu Côn Đảo mất mạng', 'Thành phố Hồ Chí Minh'],
    ['TP.HCM báo Cổng DVC chậm', 'Thành phố Hồ Chí Minh'],
    ['Các phường trung tâm HN không tra cứu được CSDL dân cư', 'Hà Nội'],
    ['Thừa Thiên Huế cũ: email công vụ bị chặn', 'Huế'],
    ['Xã Ea Súp, Đắk Lắk: máy scan hỏng', 'Đắk Lắk'],
    ['Phường Bạc Liêu báo lỗi ký số', 'Cà Mau'],
  ])('%s → %s', (text, province) => both(text, { province }, NOW, null))

  it('falls back to the group province, then null', () => {
    both('Xã Quỳ Châu mất mạng từ sáng', { province: 'Nghệ An' })
    both('Xã Quỳ Châu mất mạng từ sáng', { province: null }, NOW, null)
  })

  it('does not read ordinary words as names ("hai phòng" is two rooms; lower-case "hn" is hôm nay)', () => {
    expect(parse('Xã có hai phòng họp trực tuyến đều mất tiếng', NOW, 'Nghệ An').province).toBe('Nghệ An')
    expect(parse('hn may in hong roi, ko in dc', NOW, 'Nghệ An').province).toBe('Nghệ An')
  })

  it('is null for anything but a report', () => {
    expect(parse('Hà Giang cũ: phiếu 12 xong chưa ạ?', NOW, null).province).toBeNull()
  })
})

describe('deadline', () => {
  const R = 'Máy in ở quầy một cửa hỏng, nhờ sửa '
  it.each([
    ['trước 16h chiều nay', '2025-07-16T16:00:00+07:00'],
    ['trước 4h chiều nay', '2025-07-16T16:00:00+07:00'],
    ['trước 11h trưa nay', '2025-07-16T11:00:00+07:00'],
    ['trước trưa nay', '2025-07-16T12:00:00+07:00'],
    ['trước tối nay', '2025-07-16T19:00:00+07:00'],
    ['trước cuối ngày hôm nay', '2025-07-16T17:00:00+07:00'],
    ['trong hôm nay', '2025-07-16T17:00:00+07:00'],
    ['trước sáng mai', '2025-07-17T08:00:00+07:00'],
    ['trước 16h chiều mai', '2025-07-17T16:00:00+07:00'],
    ['trong ngày mai', '2025-07-17T17:00:00+07:00'],
    ['trong vòng 2 tiếng', '2025-07-16T11:00:00+07:00'],
    ['chậm nhất thứ 6 tuần này', '2025-07-18T17:00:00+07:00'],
    ['trước 9h sáng thứ 2 tuần sau', '2025-07-21T09:00:00+07:00'],
    ['chậm nhất thứ 2', '2025-07-21T17:00:00+07:00'],
    ['trước ngày 25/7', '2025-07-25T17:00:00+07:00'],
    ['trong ngày 25/7', '2025-07-25T17:00:00+07:00'],
    ['trước 17h thứ 6 ngày 1/8', '2025-08-01T17:00:00+07:00'],
    ['trước cuộc họp 9h sáng thứ 2 tuần sau', '2025-07-21T09:00:00+07:00'],
    ['trước T6', '2025-07-18T17:00:00+07:00'],
  ])(`"${R}%s" → %s`, (phrase, deadline) => both(R + phrase, { deadline }))

  it('rolls a passed dd/mm over to next year only when that is close (5/1 sent in December)', () => {
    both(R + 'trước ngày 5/1', { deadline: '2026-01-05T17:00:00+07:00' }, '2025-12-23T10:30:00+07:00')
    both('Hồ sơ nộp trước 1/7 tại huyện cũ giờ ai ký trả kết quả? Chưa có quy định chuyển tiếp', { deadline: null }, '2025-08-01T09:00:00+07:00')
  })

  it('ignores start times, past weeks and times in non-reports', () => {
    both('Từ 8h15 sáng nay phần mềm một cửa không đăng nhập được, dân đang chờ', { deadline: null })
    both('Mất mạng từ thứ 6 tuần trước, đề nghị xử lý trong ngày mai', { deadline: '2025-07-17T17:00:00+07:00' })
    both('VNPT đã tiếp nhận phiếu 12, dự kiến 17h hôm nay xong', { kind: 'update', deadline: null })
    both('Mời mọi người họp giao ban lúc 8h sáng mai', { kind: 'other', deadline: null })
  })
})

describe('ticket', () => {
  it.each([
    ['phieu 12 den dau roi a', 12],
    ['Cho em hỏi ticket #112 đã có ai nhận chưa ạ?', 112],
    ['Phiếu số 190 đã có kết quả chưa ạ?', 190],
    ['Phiếu yêu cầu số 225 xong chưa ạ?', 225],
    ['Tiếp nhận sự cố số 262, đã chuyển nhà cung cấp xử lý', 262],
    ['a/c cho e hoi ma yeu cau 255 co tien trien gi chua a?', 255],
    ['VT đã khắc phục xong sự cố #33', 33],
    ['yc số 31 đã có ai nhận chưa ạ', 31],
    ['yc 77 xu ly den dau r a', 77],
    ['PGV 58 tình hình sao rồi anh?', 58],
    ['MobiFone đã hoàn thành lắp đặt đường truyền theo PGV số 12, đang chờ nghiệm thu', 12],
    ['sự cố 290 mã độc phường Thành Sen xử lý xong chưa ạ', 290],
    ['YC12 xong chưa ạ', 12],
    ['ticket: 12 đã xử lý xong', 12],
    ['Lang Son oi ticket lien thong khai sinh da tao so 271 roi nhe, dang chuyen VNPT', 271],
  ])('%s → %i', (text, ticket) => both(text, { ticket }))

  it('does not take a count after "sự cố" or "yêu cầu" for a ticket', () => {
    both('Sự cố 2 lần trong tuần đã khắc phục xong', { kind: 'update', ticket: null })
    both('Đã xử lý xong yêu cầu 5 xã về tài khoản một cửa', { kind: 'update', ticket: null })
  })

  it('is never a phone number, count, date, document number, version or error code', () => {
    both('Gọi 0912 345 678 không ai nghe, lỗi 502 từ 13/2 vẫn chưa xử lý xong à?', { ticket: null })
    both('Ticket 305 đã có hướng dẫn chưa ạ, em cần trả lời công văn số 1234/UBND gửi từ 20/11', { ticket: 305 })
    both('Mấy ticket gửi tuần trước (3 cái) đã xử lý hết chưa ạ?', { kind: 'query', ticket: null })
    both('Tổng hợp tuần: đã xử lý 45 phiếu, còn 6 phiếu đang xử lý. Cảm ơn các đầu mối', { ticket: null })
  })

  it('is null on reports', () => {
    expect(parse('Máy in hỏng, phiếu hẹn không in được').ticket).toBeNull()
  })
})

describe('evidence', () => {
  it('names what each decision rests on', () => {
    const p = parseMessage('Khẩn: xã Bắc Mê (Hà Giang cũ) mất mạng, cần xử lý trước 11h trưa nay', { now: at(NOW), groupProvince: 'Tuyên Quang' })
    expect(p.evidence.priority.join(' ')).toContain('Khẩn')
    expect(p.evidence.province.join(' ')).toContain('Hà Giang')
    expect(p.evidence.deadline.join(' ')).toContain('11h')
    expect(p.evidence.system.join(' ')).toContain('mất mạng')
  })

  it('is deterministic', () => {
    const a = parseMessage('Xa Bac Me mat mang tu sang', { now: at(NOW), groupProvince: null })
    const b = parseMessage('Xa Bac Me mat mang tu sang', { now: at(NOW), groupProvince: null })
    expect(a).toEqual(b)
  })
})
