import { describe, expect, it } from 'vitest'
import { classifyByKeywords, type KeywordGuess } from '../../services/tickets/classify-keywords.ts'

describe('classifyByKeywords on realistic reports', () => {
  it.each<[string, KeywordGuess]>([
    [
      'Khẩn: phần mềm một cửa của xã Quỳnh Lưu không đăng nhập được từ 7h30, dân đang chờ nộp hồ sơ.',
      { category: 1, priority: 'urgent', system: 'tthc', provinceHint: null },
    ],
    [
      'Xã Yên Thành (Nghệ An) mất mạng toàn bộ từ sáng, cần xử lý gấp ạ',
      { category: 1, priority: 'urgent', system: 'mang', provinceHint: 'Nghệ An' },
    ],
    [
      'xa Dong Van (Ha Giang cu) mat mang internet tu chieu qua, can ho tro gap',
      { category: 1, priority: 'urgent', system: 'mang', provinceHint: 'Tuyên Quang' },
    ],
    [
      'Hệ thống iGate bị sập, tất cả xã phường không truy cập được. SOS!',
      { category: 1, priority: 'urgent', system: 'tthc', provinceHint: null },
    ],
    [
      'Phòng họp trực tuyến phường Vinh Hưng mất tiếng khi kết nối điểm cầu tỉnh, nhờ ưu tiên kiểm tra.',
      { category: 1, priority: 'high', system: 'hop', provinceHint: null },
    ],
    [
      'Bình Dương cũ: VBĐH nhận văn bản đến rất chậm, nhiều xã phản ánh.',
      { category: 1, priority: 'high', system: 'vbdh', provinceHint: 'Thành phố Hồ Chí Minh' },
    ],
    [
      'Phường Hồng Gai báo USB token không nhận sau khi gia hạn chữ ký số, đã cài lại driver vẫn lỗi.',
      { category: 1, priority: 'normal', system: 'kyso', provinceHint: null },
    ],
    [
      'Tra cứu CSDL dân cư qua LGSP của tỉnh Quảng Trị trả về lỗi timeout từ sáng.',
      { category: 1, priority: 'normal', system: 'lgsp', provinceHint: 'Quảng Trị' },
    ],
    [
      'Email công vụ của UBND xã bị trả về khi gửi sang Sở, nhờ kiểm tra giúp.',
      { category: 1, priority: 'normal', system: 'email', provinceHint: null },
    ],
    [
      'Máy in ở bộ phận tiếp dân hỏng, không in được, không gấp lắm ạ.',
      { category: 1, priority: 'low', system: 'thietbi', provinceHint: null },
    ],
    [
      'Cán bộ mới ở phường Nam Đồng Hới (Quảng Bình cũ) chưa biết cách tiếp nhận hồ sơ trên hệ thống một cửa, nhờ hướng dẫn.',
      { category: 2, priority: 'normal', system: 'tthc', provinceHint: 'Quảng Trị' },
    ],
    [
      'cb xa chua biet cach dang nhap he thong bao cao moi, khi nao ranh huong dan giup e',
      { category: 2, priority: 'low', system: 'baocao', provinceHint: null },
    ],
    [
      'Đề nghị làm rõ: Nghị định mới có cho phép xã tiếp nhận hồ sơ đất đai trực tuyến không? Chưa có văn bản hướng dẫn.',
      { category: 3, priority: 'normal', system: 'tthc', provinceHint: null },
    ],
    [
      'Góp ý: quy định về lưu trữ văn bản điện tử trên VBĐH chưa phù hợp với mô hình 2 cấp.',
      { category: 3, priority: 'low', system: 'vbdh', provinceHint: null },
    ],
    [
      'Xã Mường Nhé thiếu kinh phí thuê đường truyền số liệu chuyên dùng, đề nghị tỉnh Điện Biên hỗ trợ sớm.',
      { category: 4, priority: 'high', system: 'mang', provinceHint: 'Điện Biên' },
    ],
    [
      'Phường Thủ Dầu Một thiếu cán bộ một cửa, 1 người làm cả tiếp nhận lẫn số hóa, đề nghị tăng cường cb.',
      { category: 4, priority: 'normal', system: 'tthc', provinceHint: null },
    ],
    [
      'HN: các phường đề nghị bổ sung máy scan cho bộ phận một cửa trước ngày 20/11.',
      { category: 4, priority: 'normal', system: 'thietbi', provinceHint: 'Hà Nội' },
    ],
    [
      'Cổng thông tin điện tử của xã bị lỗi hiển thị.',
      { category: 1, priority: 'normal', system: 'khac', provinceHint: null },
    ],
  ])('%s', (text, expected) => {
    expect(classifyByKeywords(text)).toEqual(expected)
  })
})

describe('classifyByKeywords details', () => {
  it('does not take "gặp" (meet) for "gấp" (urgent), nor "sắp" for "sập"', () => {
    expect(classifyByKeywords('Cáp quang biển gặp sự cố, đường truyền rất kém.').priority).toBe('normal')
    expect(classifyByKeywords('Chứng thư số sắp hết hạn, nhờ kiểm tra.').priority).toBe('normal')
    expect(classifyByKeywords('Hệ thống một cửa bị sập.').priority).toBe('urgent')
  })

  it('reads "không gấp" as low even though it contains "gấp"', () => {
    expect(classifyByKeywords('Lỗi hiển thị nhỏ, ko gấp đâu').priority).toBe('low')
    expect(classifyByKeywords('loi hien thi nho, khong gap').priority).toBe('low')
  })

  it('does not read a "chậm nhất" deadline as slowness', () => {
    expect(classifyByKeywords('Nhờ kiểm tra phần mềm một cửa chậm nhất thứ 6 tuần này.').priority).toBe('normal')
    expect(classifyByKeywords('Phần mềm một cửa chạy rất chậm.').priority).toBe('high')
  })

  it('reads "mang" as network only when the writer dropped diacritics', () => {
    expect(classifyByKeywords('Cán bộ phải mang máy tính cá nhân đi làm.').system).toBe('thietbi')
    expect(classifyByKeywords('xa mat mang tu sang').system).toBe('mang')
  })

  it('prefers the network as the root cause over what stopped working', () => {
    expect(classifyByKeywords('Mất kết nối mạng truyền số liệu chuyên dùng, họp trực tuyến và VBĐH không vào được.').system).toBe('mang')
  })

  it('lets the bare verb "báo cáo" decide only when nothing else matches', () => {
    expect(classifyByKeywords('Báo cáo TTĐH: hệ thống một cửa không in được phiếu hẹn.').system).toBe('tthc')
    expect(classifyByKeywords('Xã không gửi được báo cáo định kỳ lên hệ thống.').system).toBe('baocao')
  })

  it('hints the province named first, mapping old names, and HN/SG only in capitals', () => {
    expect(classifyByKeywords('Kiên Giang cũ: đặc khu Phú Quốc mất mạng').provinceHint).toBe('An Giang')
    expect(classifyByKeywords('TPHCM: phường Bến Thành lỗi ký số').provinceHint).toBe('Thành phố Hồ Chí Minh')
    expect(classifyByKeywords('Thừa Thiên Huế cũ báo lỗi').provinceHint).toBe('Huế')
    expect(classifyByKeywords('Sở ở SG báo lỗi').provinceHint).toBe('Thành phố Hồ Chí Minh')
    expect(classifyByKeywords('hn xã mất mạng').provinceHint).toBeNull()
    expect(classifyByKeywords('Bắc Kạn cũ và Thái Bình cũ cùng báo lỗi').provinceHint).toBe('Thái Nguyên')
  })

  it('falls back to Loại 1, normal, khac and no province', () => {
    expect(classifyByKeywords('')).toEqual({ category: 1, priority: 'normal', system: 'khac', provinceHint: null })
  })
})
