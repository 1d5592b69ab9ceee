/**
 * Cues for the system a report is about (corpus/README.md "Gold field system"; requirements §9.1 and §11).
 * Scores add up per system; the best one wins if it reaches the threshold of the report's category
 * (SYSTEM_THRESHOLD). Connectivity ("mang") gets a root-cause bonus: when a line is down, the meeting or
 * document system that stopped working is the symptom, not the subject.
 *
 * `item` cues name something that can be missing (a device, a line, a token, meeting equipment, a piece of
 * software); for a resource report (category 4) only items count, since staff or money tied to no system is null.
 * `strong` cues name a system outright; a policy report (category 3) gets a code only from them.
 */
import type { SystemCode } from '../../tickets/types.ts'

export interface SystemCue {
  phrase: string
  label: SystemCode
  weight: number
  /** Names a thing that can be missing (category 4). */
  item?: boolean
}

const c = (label: SystemCode, weight: number, phrases: string[], item = false): SystemCue[] =>
  phrases.map((phrase) => ({ phrase, label, weight, item }))

/** Minimum best score per category; category 3 needs a named system. */
export const SYSTEM_THRESHOLD: Readonly<Record<1 | 2 | 3 | 4, number>> = { 1: 1, 2: 1, 3: 3, 4: 2 }

/**
 * A how-to question (category 2) is labelled with the system being operated (corpus/README.md: d037, d106): the
 * device it runs on, the signature it uses or the line it goes over count this much when another system is named
 * ("cài đặt VBĐH trên máy mới", "cấu hình chữ ký số trên VBĐH", "đăng nhập email bằng điện thoại").
 */
export const HOWTO_SECONDARY: readonly SystemCode[] = ['thietbi', 'kyso', 'mang']
export const HOWTO_SECONDARY_FACTOR = 0.5

/** Added to "mang" when it already has a strong cue and another system is also named (root cause first). */
export const ROOT_CAUSE_BONUS: Partial<Record<SystemCode, number>> = { mang: 2, thietbi: 1 }

export const SYSTEM_CUES: readonly SystemCue[] = [
  // ---- tthc: one-stop software, Cổng DVC, online submission and payment, VNeID login to DVC
  ...c('tthc', 4, ['phần mềm một cửa', 'hệ thống một cửa', 'một cửa điện tử', 'igate', 'cổng dvc', 'cổng dịch vụ công', 'dvc quốc gia',
    'dịch vụ công trực tuyến', 'dvctt', 'nộp hồ sơ trực tuyến', 'nộp trực tuyến', 'hồ sơ trực tuyến', 'thanh toán trực tuyến', 'lệ phí trực tuyến',
    'thanh toán lệ phí', 'hệ thống giải quyết tthc', 'hệ thống thông tin giải quyết tthc', 'trực tuyến toàn trình', 'chứng thực bản sao điện tử',
    'phiếu hẹn', 'trả kết quả điện tử', 'đánh giá mức độ hài lòng', 'bưu chính công ích'], true),
  ...c('tthc', 2, ['giải quyết tthc', 'một cửa', 'dvc', 'dịch vụ công', 'vneid', 'tiếp nhận hồ sơ', 'hồ sơ liên thông', 'liên thông', 'trả kết quả', 'số hóa', 'thẩm quyền',
    'khai sinh', 'khai tử', 'chứng thực', 'đồng bộ hồ sơ', 'đồng bộ trạng thái']),
  ...c('tthc', 1, ['hồ sơ', 'tthc', 'thủ tục', 'hệ thống', 'trên hệ thống', 'tài khoản']),
  // ---- vbdh: documents and executive operations
  ...c('vbdh', 4, ['vbđh', 'quản lý văn bản', 'văn bản điều hành', 'trục liên thông', 'liên thông văn bản', 'văn bản liên thông', 'văn bản điện tử',
    'hồ sơ công việc', 'văn bản đến', 'văn bản đi', 'phát hành văn bản'], true),
  ...c('vbdh', 1.5, ['văn bản', 'phát hành']),
  // ---- hop: online meetings
  ...c('hop', 4, ['họp trực tuyến', 'phòng họp', 'điểm cầu', 'mcu', 'q cabinet', 'qcabinet', 'họp không giấy', 'hội nghị truyền hình', 'hội nghị trực tuyến',
    'phiên họp trực tuyến', 'không họp trực tuyến được'], true),
  ...c('hop', 1, ['phần mềm họp'], true),
  ...c('hop', 2, ['micro', 'loa', 'có hình nhưng không có tiếng', 'mất tiếng', 'màn hình'], true),
  // ---- lgsp: data sharing and national / sector databases
  ...c('lgsp', 5, ['lgsp', 'ndxp', 'chia sẻ dữ liệu', 'csdl quốc gia', 'csdl dân cư', 'csdl đất đai', 'csdl hộ tịch', 'cơ sở dữ liệu quốc gia',
    'dữ liệu dân cư', 'dữ liệu đất đai', 'dữ liệu hộ tịch', 'thông tin công dân', 'dữ liệu dùng chung', 'csdl dùng chung', 'nền tảng dùng chung'], true),
  ...c('lgsp', 2, ['csdl', 'cơ sở dữ liệu', 'hộ tịch', 'tra cứu', 'xác thực']),
  // ---- baocao: the reporting information system
  ...c('baocao', 6, ['htttbc', 'hệ thống thông tin báo cáo', 'hệ thống báo cáo', 'thông tin báo cáo', 'báo cáo định kỳ', 'gửi báo cáo', 'nộp báo cáo',
    'bao cao tuan', 'báo cáo tuần'], true),
  // ---- mang: connectivity
  ...c('mang', 5, ['mất mạng', 'mạng lan', 'mạng truyền số liệu', 'truyền số liệu', 'đường truyền', 'cáp quang', 'internet', 'wifi', 'băng thông',
    'mất kết nối mạng', 'đứt cáp', 'modem', 'mất tín hiệu', 'cáp trục', 'sóng 4g', '4g', '5g', 'switch', 'module quang', 'vệ tinh',
    'sóng điện thoại', 'sóng di động', 'phủ sóng', 'lõm sóng', 'trắng sóng', 'mất sóng'], true),
  ...c('mang', 4, ['=sóng'], true),
  // "LAN" only in "mạng LAN": typed without diacritics a bare "lan" is "lẫn" or "lần".
  ...c('mang', 3, ['mạng', 'kết nối mạng', 'mạng nội bộ', 'router', 'nhà mạng', 'mất internet', 'mất wifi', '=cáp', 'dây mạng'], true),
  // "mất kết nối" alone: the connection to what? A system named with it ("mất kết nối DVC") outweighs it.
  ...c('mang', 2, ['mất kết nối'], true),
  // ---- kyso: digital signatures
  ...c('kyso', 5, ['chữ ký số', 'chứng thư số', 'chứng thư', 'usb token', 'token', 'ký số từ xa', 'ký số sim', 'sim ký số', 'plugin ký số', 'lỗi ký số',
    'không ký số được', 'ký số không', 'ký từ xa', 'ban cơ yếu', 'con dấu số'], true),
  // An OTP also logs people into VNeID and the DVC portals: alone it only hints at signing. A document "có chữ ký số"
  // (signed) describes the document, whose system is the subject.
  ...c('kyso', 2, ['ký số', 'không ký được', 'ký không', 'otp']),
  ...c('kyso', 1, ['có chữ ký số', 'đã ký số']),
  // Whether one may sign digitally (a policy question about the channel, corpus/README.md d148).
  ...c('kyso', 4, ['được ký số', 'ký số thay']),
  // ---- email
  ...c('email', 6, ['email', 'thư điện tử', 'thư công vụ', 'hộp thư', 'hòm thư', 'mailbox', 'spf', 'dkim', 'mail công vụ', 'mail'], true),
  // A domain name serves the mail and the website alike: it only tips the balance.
  ...c('email', 3, ['tên miền'], true),
  // ---- thietbi: devices and power on site
  ...c('thietbi', 5, ['máy scan', 'máy in', 'máy tính', 'máy tính bảng', 'kiosk', 'camera', 'ups', 'mất điện', 'điện lưới', 'máy phát', 'máy phát điện',
    'ổ cứng', 'ổ đĩa', 'máy chủ lưu trữ', 'máy quét', 'cúp điện', 'cắt điện', 'mất nguồn', 'hết mực', 'đầu ghi', 'mã độc', 'laptop', 'thiết bị', 'trạm biến áp', 'bo mạch', 'cảm ứng', 'printer'], true),
  ...c('thietbi', 3, ['máy chủ'], true),
  ...c('thietbi', 1.5, ['máy', 'in', 'scan'], true),
  // ---- khac: named systems outside the list
  // ---- round 3 (issue 3)
  // Portals named by their short form ("nộp trên DVC", "hệ thống DVC"); a CA provider's signing plugin; a server
  // named by its system is that system, one kept on site a device (corpus/README.md "Servers"); DNS is the network.
  ...c('tthc', 4, ['trên dvc', 'qua dvc', 'hệ thống dvc'], true),
  ...c('kyso', 5, ['vnpt ca', 'viettel ca', 'fpt ca', 'bkav ca', 'misa ca', 'vnpt smartca', 'smartca'], true),
  ...c('lgsp', 8, ['máy chủ lgsp', 'máy chủ ndxp'], true),
  ...c('thietbi', 5, ['máy chủ đặt tại', 'máy chủ tại xã', 'máy chủ tại phường', 'cháy nguồn', 'chập điện', 'máy chiếu'], true),
  ...c('mang', 5, ['dns', 'lỗi dns', 'do mạng', 'do đường truyền', 'do mất mạng'], true),
  // Common product and generic names of the listed systems.
  ...c('vbdh', 4, ['ioffice', 'eoffice', 'văn phòng điện tử', 'điều hành tác nghiệp', 'quản lý điều hành'], true),
  ...c('hop', 4, ['zoom', 'google meet', 'teams', 'truyền hình hội nghị', 'cầu truyền hình'], true),
  ...c('tthc', 4, ['giải quyết thủ tục hành chính'], true),
  ...c('mang', 5, ['vpn', 'mạng wan', 'tường lửa', 'firewall'], true),
  ...c('thietbi', 5, ['máy photo', 'máy lấy số', 'máy bốc số'], true),
  ...c('lgsp', 3, ['c06']),
  // Indicators are entered in the reporting system; the province dashboard and electronic identity (VNeID accounts
  // activated at the counter) are systems of their own.
  ...c('baocao', 2, ['chỉ tiêu'], true),
  ...c('baocao', 3, ['nhập chỉ tiêu'], true),
  ...c('khac', 7, ['dashboard'], true),
  ...c('khac', 5, ['định danh điện tử', 'kích hoạt định danh', 'kích hoạt tài khoản định danh'], true),
  ...c('khac', 6, ['dân nguyện', 'phần mềm bầu cử', 'bầu cử', 'app quốc hội', 'kpi', 'website', 'trang thông tin', 'cổng thông tin điện tử',
    'cổng thông tin', 'cổng tương tác', 'kiến nghị cử tri', 'ý kiến cử tri', 'sổ tay đảng viên', 'hosting', 'trang web', 'web xã', 'trang của xã',
    'trang của phường'], true),
]

/**
 * Co-occurrence rules: when all phrases occur, add to a system. A province's central one-stop server is the TTHC
 * system, a server kept at the ward is a device (corpus/README.md "Servers").
 */
/**
 * Context transfers: when a system is clearly named (score ≥ minScore before transfers), equipment words that
 * would otherwise count for another system count for it. Screens, speakers and cameras of a meeting point are
 * meeting-room equipment ("hop"), not generic devices (corpus/README.md: d041, d107).
 */
export const SYSTEM_TRANSFERS: readonly { to: SystemCode; minScore: number; from: SystemCode; phrases: readonly string[] }[] = [
  { to: 'hop', minScore: 4, from: 'thietbi', phrases: ['camera', 'màn hình', 'loa', 'micro', 'thiết bị', 'máy chiếu'] },
]

/**
 * Resource reports (category 4) are labelled with what is missing. Physical things (devices, lines, tokens,
 * meeting equipment) count wherever they are named; software counts only right after a "missing" word
 * ("chưa có phần mềm một cửa"), because "kiêm nhiệm cả một cửa, VBĐH" names what an overloaded person does.
 */
export const SOFTWARE_SYSTEMS: readonly SystemCode[] = ['tthc', 'vbdh', 'lgsp', 'baocao', 'email', 'khac']
export const MISSING_CUES: readonly string[] = [
  'chưa có', 'thiếu', 'bổ sung', 'cấp thêm', 'chưa được cấp', 'chưa triển khai', 'mua', 'không có',
  // staff missing for a named system ("chưa đủ nhân sự để vận hành điểm cầu") are missing for that system
  'vận hành', 'để vận hành',
]
export const MISSING_WINDOW = 3
/**
 * Staff missing ("thiếu cán bộ CNTT, 1 người ôm hết từ mạng, máy in tới chữ ký số"): the systems named are what the
 * staff look after, not what is missing, so in such a report every system needs a missing word right before it.
 */
export const STAFF_CUES: readonly string[] = [
  'thiếu cán bộ', 'thiếu người', 'thiếu nhân sự', 'biên chế', 'nhân sự', '=tuyển', 'tuyển dụng', 'kiêm nhiệm', 'chuyên trách', 'tăng cường cán bộ',
]

/**
 * A system or device said to work ("máy tính vẫn vào được", "in trên máy đó vẫn bình thường", "máy tính dùng được còn
 * điện thoại không") is the comparison, not the subject of a failure or how-to report (categories 1 and 2): a cue
 * followed within WORKS_WINDOW tokens, in the same clause, by one of these does not count. In a resource report "chỉ
 * có 2 máy tính dùng được" is the shortage itself.
 */
export const WORKS_AFTER: readonly string[] = [
  'vẫn vào được', 'vẫn dùng được', 'vẫn in được', 'vẫn gửi được', 'vẫn ký được', 'vẫn chạy', 'vẫn bình thường', 'vẫn ok', 'vẫn ổn', 'vẫn hoạt động',
  'dùng được', 'thì được', 'thì bình thường', 'thì ok', 'bình thường',
]
export const WORKS_WINDOW = 2

export const SYSTEM_COMBINATIONS: readonly { all: readonly string[]; label: SystemCode; weight: number }[] = [
  { all: ['máy chủ', 'của tỉnh'], label: 'tthc', weight: 6 },
  { all: ['máy chủ', 'một cửa', 'tỉnh'], label: 'tthc', weight: 4 },
]
