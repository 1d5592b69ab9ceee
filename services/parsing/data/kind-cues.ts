/**
 * Cues for the kind of a message (corpus/README.md: report / query / update / other), with weights.
 * Scores add up per kind; the best kind wins if it reaches KIND_THRESHOLD, else the message is "other".
 * Vocabulary from requirements §11 (sự cố, lỗi, mất mạng, tiếp nhận, khắc phục, tiến độ, đóng phiếu…) and the
 * everyday phrasing of the groups (xong chưa, đến đâu rồi, cảm ơn, chúc…).
 */
import type { Cue } from '../phrases.ts'
import type { MessageKind } from '../types.ts'

type K = Cue<MessageKind>
const c = (label: MessageKind, weight: number, ...phrases: string[]): K[] => phrases.map((phrase) => ({ phrase, label, weight }))

export const KIND_THRESHOLD = 2.5

/**
 * When no kind reaches the threshold, a message that names a system (a system cue of at least SYSTEM_WEIGHT) and says
 * something is wrong with a trouble word ("phần mềm KPI ko tính điểm", "cổng dvc hiển thị sai phí", "HT báo cáo ko
 * hiện biểu mẫu") reports a problem in words the vocabulary does not know yet. It is read as a report with
 * FALLBACK_CONFIDENCE, below the bot's threshold for offering a draft. Folded words; "=" keeps the diacritics.
 */
export const UNKNOWN_PROBLEM = {
  troubleWords: ['không', 'chưa', 'bị', '=sai', 'lỗi', 'hỏng', 'mất'],
  /** ... unless it says all is well ("cổng DVC hôm nay không có sự cố gì"). */
  fineWords: ['không có sự cố', 'không có lỗi', 'không có gì', 'không sao', 'không vấn đề', 'không còn', 'bình thường', 'ổn định', 'ok', 'ổn'],
  systemWeight: 2,
  confidence: 1,
} as const

/** Added to query and update (and taken from report and other) when a ticket number is referenced. */
export const TICKET_REFERENCE_BONUS = { query: 3, update: 3, report: -4, other: -3 } as const

/** A question mark or a clause closing on "chưa" / "không" ("xong chưa ạ", "có cập nhật gì không anh") makes a status question more likely. */
export const QUESTION_BONUS = { query: 1.5 } as const

/**
 * A how-to cue inside a question ("Làm sao để … ạ?", "… thì chọn mục nào ạ?") is a request for guidance, a report
 * (category 2), however many logistics words ("link", "họp") it mentions.
 */
export const HOWTO_QUESTION_BONUS = { report: 2 } as const
export const HOWTO_PHRASES: readonly string[] = [
  'làm sao', 'làm sao để', 'làm thế nào để', 'như thế nào để', 'bằng cách nào', 'cách nào để', 'có cách nào', 'như thế nào', 'thế nào', 'cách',
  'chức năng nào', 'mẫu nào', 'mục nào', 'chỗ nào', 'cách nào', 'thì chọn', 'nên chọn', 'chọn … hay', 'bấm … hay', 'trước hay', 'qua đâu', 'ở đâu',
  'phải làm gì', 'làm gì để', 'thì làm gì', 'xử lý thế nào', 'xử lý sao', 'hướng dẫn cách', 'quy trình nào', 'cách tạo', 'cách đăng ký', 'cách nhập',
  'cách cài', 'vào đâu', 'ở chỗ nào', 'tìm ở đâu', 'bấm vào đâu', 'vào mục nào',
]

/**
 * Problem, then fix: symptom words told before a progress or resolution word describe the problem that was dealt
 * with ("đứt cáp do thi công, đã hàn nối xong") and count this much. Fix, then "vẫn"/"nhưng": the problem persists
 * ("đã cài lại plugin nhưng vẫn báo lỗi"), and the attempt counts this much instead. "dù"/"mặc dù" before a
 * progress word makes it a claim being disputed ("vẫn chưa vào được dù kỹ thuật báo đã xong").
 */
export const TOLD_BEFORE_FIX_FACTOR = 0.5
/** Within this many tokens before a symptom word (folded; "vẫn" compared with diacritics when the text has them). */
export const PERSIST_WINDOW = 3
export const PERSIST_WORDS = { accented: ['vẫn', 'nhưng', 'mà'], folded: ['van', 'nhung'] } as const
export const DISPUTED_BEFORE = { accented: ['dù', 'tuy'], folded: ['du', 'tuy'] } as const
export const DISPUTED_WINDOW = 6

/**
 * A progress word asked for is a request, not progress: after a request word ("đề nghị nhà cung cấp khắc phục xong",
 * "nhờ xử lý xong trước cuối ngày") or before a deadline or "giúp" ("khắc phục xong trước 17h", "sửa giúp"). It
 * then counts for nothing. The request word may end up to REQUEST_WINDOW tokens before the progress word.
 */
export const REQUEST_PHRASES: readonly string[] = ['đề nghị', 'nhờ', 'xin', 'yêu cầu', 'mong', 'giúp', 'hỗ trợ', 'đôn đốc', 'kính đề nghị', 'đề xuất']
export const REQUEST_WINDOW = 4
/** Folded words right after a progress word that make it a request. */
export const REQUEST_AFTER: readonly string[] = ['truoc', 'cham', 'giup', 'gium', 'som']
/** Progress words that carry tense or a subject ("đã …", "đang …", "sẽ …", "em …") report, they are never requests (folded first word). */
export const NEVER_REQUESTED: readonly string[] = ['da', 'dang', 'se', 'em', 'de', 'ben', 'minh', 'vua']

/** Words that may follow the question word at the end of a clause (folded): "chưa ạ", "không anh chị", "chưa vậy em". */
export const QUESTION_PARTICLES: readonly string[] = [
  'a', 'anh', 'chi', 'em', 'e', 'vay', 'nhi', 'ha', 'ho', 'ta', 'ban', 'the', 'day', 'ak', 'ah', 'oi', 'cac', 'moi', 'nguoi', 'ac', 'ae',
  'nua', 'roi', 'ad', 'admin', 'voi',
]
/**
 * A question word inside a clause that closes on a questioning particle ("yc 415 sao im vậy anh", "phiếu 12 giờ
 * ra sao rồi ạ", "ai đang giữ phiếu 12 vậy") also makes it a question. Question words are compared with their diacritics
 * ("mấy", not "máy"; "đâu", not "đầu"); without diacritics only the unambiguous ones count. "bao" only as "bao
 * giờ / bao nhiêu / bao lâu"; after "không"/"chưa"/"cũng"/"sao" ("không sao đâu ạ") they are not questions.
 */
export const QUESTION_WORDS = {
  accented: ['sao', 'gì', 'nào', 'đâu', 'mấy', 'ai'], folded: ['sao', 'gi', 'nao', 'ai'], bao: ['gio', 'nhieu', 'lau'],
  /** Without diacritics "dau" is "đâu" only after these (qua đâu, ở đâu, đến đâu), else it may be "đầu". */
  dauAfter: ['qua', 'o', 'den', 'toi', 'vao', 'tu'],
  /** Question words that ask about progress (how many, how far, who): progress words next to them are asked about. Folded. */
  progress: ['may', 'bao', 'dau', 'ai'],
} as const
export const NOT_A_QUESTION_WORD_AFTER: readonly string[] = ['khong', 'chua', 'cung', 'sao']
/** Closing particles that carry the question ("vậy", "thế", "nhỉ", "hả", "à", "ạ"), folded. */
export const QUESTION_FINALS: readonly string[] = ['vay', 'the', 'nhi', 'ha', 'a', 'ta']

/** "vẫn chưa", "cũng không": a statement, not a question, when the clause closes on them. */
export const NOT_A_QUESTION_BEFORE: Readonly<Record<string, readonly string[]>> = {
  chua: ['van', 'con', 'cung', 'deu', 'ma', 'nhung', 'hien', 'tam'],
  khong: ['van', 'cung', 'deu', 'luc', 'hoan', 'ma', 'nhung', 'tuyet', 'hay'],
}

/**
 * New-problem cues (also report cues in KIND_CUES): an old ticket's fix told before one of these ("phiếu 406 đợt trước
 * đã ổn, nay em báo thêm: …") is about the old ticket; progress words before them count TOLD_BEFORE_FIX_FACTOR.
 */
export const NEW_PROBLEM: readonly string[] = ['lỗi khác', 'sự cố khác', 'vấn đề khác', 'báo thêm', 'lỗi mới', 'thêm lỗi', 'phát sinh lỗi', 'lỗi phát sinh', 'phát sinh sự cố']

// "đơ" (frozen) is matched only in phrases ("bị đơ", "đơ từ sáng"): typed without diacritics a bare "do" is "do" (because).
export const KIND_CUES: readonly K[] = [
  // ---- query: asks the status of a ticket or of open work
  ...c('query', 5, 'bao giờ … xong', 'khi nào … xong', 'bao giờ … có', 'khi nào … có'),
  ...c('query', 4, 'đến đâu rồi', 'tới đâu rồi', 'đến đâu', 'thế nào rồi', 'như thế nào rồi', 'sao rồi', 'ra sao rồi', 'xong chưa',
    'đã xong chưa', 'ổn chưa', 'đã ổn chưa', 'có kết quả chưa', 'có tiến triển gì chưa', 'tiến triển gì chưa', 'có ai nhận chưa',
    'ai nhận chưa', 'đã nhận chưa', 'có mã ticket chưa', 'có mã phiếu chưa', 'mã ticket chưa', 'mã phiếu chưa', 'sao vẫn chưa',
    'được duyệt chưa', 'đã có hướng dẫn chưa', 'có hướng dẫn chưa', 'có tài liệu chưa', 'có lịch', 'bao giờ có', 'bao giờ xử lý', 'bao giờ xong',
    'kết nối lại được chưa', 'đã xử lý hết chưa', 'còn tồn',
    'tới đâu', 'xử lý tới đâu', 'đâu rồi', 'bước nào', 'ở bước', 'nào rồi', 'có ai … chưa', 'ai nhận', 'ai phụ trách', 'ai đang xử lý', 'tồn chưa xử lý', 'còn cái nào', 'còn phiếu nào', 'còn ticket nào', 'ticket nào',
    'phiếu nào', 'còn bao nhiêu', 'quá hạn không', 'quá hạn xử lý không', 'tồn không'),
  ...c('query', 3, 'tiến độ', 'tình hình', 'đã xử lý chưa', 'xử lý chưa', 'có ai xử lý chưa', 'ai xử lý chưa', 'chưa ai xử lý', 'chưa thấy ai liên hệ', 'theo dõi'),
  ...c('query', 4, 'phiếu quá hạn', 'ticket quá hạn', 'số phiếu', 'phiếu tồn', 'chưa đóng', 'chưa được xử lý'),
  ...c('query', 1.5, 'chưa anh', 'chưa ạ'),
  // "cho em hỏi" opens status questions and how-to questions (reports) alike
  ...c('query', 0.5, 'cho em hỏi', 'cho mình hỏi', 'cho hỏi', 'em hỏi'),
  // ...but asking about a numbered ticket is a status question, and "sao vẫn …" complains that it has not moved
  ...c('query', 3, 'hỏi <hash>', 'hỏi ticket', 'hỏi phiếu', 'hỏi mã yêu cầu', 'hỏi sự cố số'),
  ...c('query', 4, 'sao vẫn', 'sao vẫn để', 'sao lâu vậy', 'sao lâu thế'),
  // A status read off the ticket ("vẫn (ở trạng thái / báo) đang xử lý") describes it, it is not progress: the longer
  // match hides the update cue "đang xử lý".
  ...c('query', 1.5, 'vẫn … đang xử lý', 'vẫn … đang kiểm tra', 'vẫn … tiếp nhận', 'trạng thái … đang xử lý', 'trạng thái đang xử lý', 'trạng thái tiếp nhận',
    'ở trạng thái'),
  ...c('report', 2, 'qua đâu', 'ở đâu', 'từ đâu'),
  // ---- update: acknowledgement, progress or resolution of an existing ticket
  ...c('update', 4, 'đã tiếp nhận', 'đã khắc phục', 'đã xử lý xong', 'đã khôi phục', 'khắc phục xong', 'xử lý xong', 'đã hoàn thành',
    'đóng ticket', 'đóng phiếu', 'tạm đóng', 'đóng giúp', 'đóng được', 'ổn định lại', 'bình thường rồi', 'hoạt động bình thường',
    'hoạt động lại', 'kết nối lại bình thường', 'đã có điện lại', 'đã có mạng lại', 'có mạng lại', 'có điện lại', 'xác định nguyên nhân', 'nguyên nhân do',
    'đã hàn nối', 'hàn nối xong', 'đã thay xong', 'thay xong', 'đã chuyển', 'đã gửi hướng dẫn', 'đã gửi tài liệu', 'đã gửi mẫu', 'đã gửi công văn',
    'ký được rồi', 'đã ký được', 'nhận đủ rồi', 'vì sự bất tiện', 'đang tái hiện', 'tái hiện lỗi', 'đã test lại', 'test lại', 'xong rồi', 'xong nhé', 'đã xong'),
  // "hoàn thành" alone is as often an instruction ("đề nghị các xã hoàn thành … trước 20/10") as a result.
  ...c('update', 2.5, 'hoàn thành'),
  ...c('update', 3, 'tiếp nhận <hash>', 'tiếp nhận ticket', 'tiếp nhận phiếu', 'tiếp nhận sự cố', 'đã nhận', 'dự kiến', 'đang phối hợp',
    'đang theo dõi', 'theo dõi tiếp', 'tiếp tục theo dõi', 'đã thay', 'đã nâng cấp', 'đã dọn', 'đang cử', 'đã cử', 'cử người', 'cử kỹ thuật',
    'kỹ thuật đang', 'đang trên đường', 'đang di chuyển', 'tới nơi', 'đang sửa', 'đang tối ưu', 'khắc phục 1 phần', 'khắc phục một phần',
    'đề nghị đầu mối', 'kiểm tra lại', 'xác nhận để đóng', 'đã khởi động lại', 'đã tăng dung lượng', 'tăng dung lượng', 'đã được xử lý'),
  // A service that is back (no ticket number needed): "đã truy cập lại bình thường", "ổn định trở lại", "có lại từ 14h",
  // with the cause found ("xác định do") and the fix done ("đã hàn", "đã gỡ", "đã gia hạn").
  ...c('update', 4, 'đã truy cập lại', 'truy cập lại bình thường', 'truy cập lại được', 'truy cập được bình thường', 'lại bình thường',
    'trở lại bình thường', 'ổn định trở lại', 'hoạt động trở lại', 'chạy lại bình thường', 'đã có lại', 'có lại từ', 'có lại rồi', 'xác định do',
    'đã hàn', 'hàn xong', 'đã gỡ', 'đã gia hạn', 'gia hạn xong', 'đã sửa xong', 'sửa xong'),
  // Short acknowledgements of a ticket or task ("ok e nhận", "em đã nhận phiếu", "để e báo bên VNPT").
  ...c('update', 3, 'em nhận', 'mình nhận', 'nhận rồi', 'đã nhận phiếu', 'nhận phiếu', 'nhận ticket', 'để em báo',
    'để mình báo', 'em báo bên', 'để em chuyển', 'để em liên hệ', 'để em kiểm tra'),
  // ... but "em nhận được …" reports what arrived, and "chưa có lại" / "chưa trở lại" is a problem still open.
  ...c('update', 0, 'em nhận được', 'mình nhận được'),
  ...c('report', 3, 'chưa có lại', 'chưa trở lại', 'chưa … lại bình thường', 'không … lại bình thường'),
  ...c('update', 2.5, 'cập nhật <:>', 'cập nhật <hash>', 'cập nhật phiếu', 'cập nhật ticket', 'đang xử lý', 'đang kiểm tra', 'phản hồi'),
  // ---- report: a new problem (symptoms, requests, how-to and policy questions, missing resources)
  ...c('report', 3, 'mất mạng', 'mất kết nối', 'mất điện', 'mất tiếng', 'mất dữ liệu', 'không … được', 'chưa … được', 'báo lỗi', 'bị lỗi', 'gặp lỗi',
    'lỗi', 'hỏng', 'treo', 'chập chờn', 'gián đoạn', 'timeout', '=sập', 'bị sập', 'sập hoàn toàn', 'sập nguồn', 'đang sập', 'lại sập', 'tê liệt', 'chậm', 'nghẽn', 'quá tải', 'đứt cáp', 'hết hạn', 'hết dung lượng',
    'nhiễm mã độc', 'tấn công', 'thất bại', 'bị chặn', 'chèn nội dung', 'bị đơ', 'đơ từ', 'đơ hết', 'đơ luôn', 'đơ cứng', 'treo đơ', 'không lên', 'quay mãi', 'cúp điện', 'cắt điện', 'mất nguồn', 'mất tín hiệu', 'mất hình', 'rè', 'giật', 'bị khóa', 'hết mực', 'tạm nghỉ', 'có lỗi xảy ra', 'không thể', 'spam', 'bị trả về', 'trang trắng', 'không phản hồi', 'không nhận', 'bị sai', 'kẹt giấy'),
  ...c('report', 3, 'chưa biết cách', 'không biết cách', 'hỏi cách', 'chưa biết', 'không biết', 'chưa nắm', 'lúng túng', 'như thế nào', 'thế nào',
    'làm sao', 'chức năng nào', 'mẫu nào', 'mục nào', 'chỗ nào', 'cách nào', 'phân quyền', 'đề nghị hướng dẫn', 'nhờ hướng dẫn', 'xin hướng dẫn', 'tập huấn'),
  // How-to questions that offer a choice of steps ("thì chọn … hay …", "ký số trước hay trình trước"), ask for the
  // standard procedure, or say everyone does it differently (category 2 in the README).
  ...c('report', 3, 'thì chọn', 'nên chọn', 'chọn … hay', 'bấm … hay', 'trước hay', 'làm một kiểu', 'một kiểu', 'quy trình chuẩn', 'quy trình nào',
    'hướng dẫn giúp', 'hướng dẫn cho em', 'hướng dẫn em', 'hướng dẫn với', 'cách tạo', 'cách đăng ký', 'cách nhập', 'cách cài'),
  ...c('report', 1.5, 'mới nhận việc', 'mới nhận nhiệm vụ', 'hay phải', 'thì phải'),
  // Does a rule, fee or budget source still apply / may it be used (category 3).
  ...c('report', 3, 'còn áp dụng', 'áp dụng được không', 'còn được áp dụng', 'còn hiệu lực', 'hết hiệu lực', 'hiệu lực', 'quy chế', 'nghị quyết',
    'có được dùng', 'có được sử dụng', 'nguồn kinh phí', 'nguồn nào', 'chưa thấy hướng dẫn', 'chưa thấy văn bản', 'ban hành lại',
    'còn … được không', 'còn dùng để', 'còn dùng được', 'còn sử dụng được', 'còn giá trị'),
  // Coverage that is not there (category 4).
  ...c('report', 3, 'chưa có sóng', 'không có sóng', 'phủ sóng', 'lõm sóng', 'trắng sóng', 'sóng yếu', 'mất sóng'),
  ...c('report', 3, 'quy định', 'nghị định', 'thông tư', 'pháp lý', 'thẩm quyền', 'có được', 'hợp lệ', 'kiến nghị', 'xin ý kiến', 'làm rõ',
    'chưa có văn bản', 'chưa có hướng dẫn', 'văn bản hướng dẫn', 'chưa có quy định', 'góp ý'),
  ...c('report', 3, 'thiếu', 'kinh phí', 'biên chế', 'nhân sự', 'bổ sung', 'cấp thêm', 'cấp bổ sung', 'chưa có', 'chưa được', 'chỉ có', 'đầu tư',
    'dự toán', 'thay mới', 'thay thế', 'điều động', 'tăng cường'),
  ...c('report', 3, 'khẩn', 'khẩn cấp', 'hỏa tốc', 'sos', 'cứu', 'dân về hết', 'bà con ngồi chờ', 'bà con chờ', 'đang đợi'),
  ...c('report', 2, 'đề nghị', 'nhờ', 'xin hỗ trợ', 'cần hỗ trợ', 'hỗ trợ giúp', 'phản ánh', 'gấp', 'cần xử lý',
    'kiểm tra giúp', 'kiểm tra trước', 'khắc phục trước', 'xử lý trước', 'trước <time>', 'chậm nhất', 'báo <:>', 'hỏi <:>', 'dân phải về', 'dân chờ', 'dân đang chờ'),
  // ---- more status questions: asking for news on a ticket or open work, with or without a number
  ...c('query', 4, 'cập nhật giúp', 'cập nhật cho em', 'cập nhật gì', 'có gì mới', 'gì mới chưa', 'có tin gì', 'có thông tin gì', 'bao lâu nữa',
    'mất bao lâu', 'là khi nào', 'là bao giờ', 'đến khi nào', 'tới khi nào', 'bao giờ thì', 'khi nào thì', 'lúc nào xong', 'chưa thấy phản hồi',
    'chưa có phản hồi', 'chưa ai phản hồi', 'chưa ai trả lời', 'chưa thấy trả lời', 'chưa thấy ai', 'chưa ai liên hệ', 'không ai liên hệ', 'chưa ai xuống',
    'sao chưa ai', 'sao chưa xong', 'sao chưa xử lý', 'sao chưa thấy', 'sao lâu quá', 'lâu vậy', 'bao nhiêu phiếu', 'bao nhiêu ticket',
    'bao nhiêu sự cố', 'bao nhiêu yêu cầu', 'bao nhiêu phản ánh', 'tồn đọng', 'danh sách phiếu', 'phiếu đang mở', 'phiếu chưa xử lý', 'sự cố nào',
    'sự cố mới', 'nào mới', 'giao cho ai', 'ai đang giữ', 'ai giữ'),
  ...c('query', 5, 'báo cáo tiến độ', 'cập nhật tiến độ', 'tiến độ xử lý', 'tiến độ khắc phục'),
  ...c('query', 3, 'được bao nhiêu', 'phiếu … nào', 'ticket … nào', 'phiếu mới', 'bao giờ', 'có cập nhật', 'còn … nào', 'vướng gì', 'vướng mắc gì'),
  // "khi nào rảnh" (no hurry) and "khi nào có dự toán" belong to reports: hide "khi nào" / "bao giờ" there.
  ...c('report', 0, 'khi nào rảnh', 'lúc nào rảnh', 'khi nào có dự toán'),
  // A problem reported earlier ("cái lỗi em báo sáng nay", "vụ hôm qua báo") is being asked about.
  ...c('query', 2, 'em báo sáng nay', 'em báo hôm qua', 'em báo hôm trước', 'đã báo từ', 'báo từ hôm', 'hôm qua báo', 'hôm trước báo', 'đã báo hôm',
    'báo sáng nay', 'báo chiều qua', 'báo hôm qua'),
  // ---- more progress: acknowledged, working on it, will report back
  ...c('update', 3, 'em tiếp nhận', 'bên em tiếp nhận', 'tiếp nhận yêu cầu', 'đang liên hệ', 'đang làm việc với', 'đang xác minh', 'đang rà soát',
    'đang khắc phục', 'đang cài', 'đang cập nhật', 'đang xuống', 'đang khôi phục', 'đang hàn', 'đang thay', 'đang điều tra', 'đang phân tích',
    'đang tìm nguyên nhân', 'đang chuyển', 'báo lại', 'sẽ báo lại', 'sẽ cập nhật', 'cập nhật sau', 'sẽ xử lý', 'sẽ khắc phục', 'sẽ kiểm tra',
    'nguyên nhân', 'tái hiện', 'khắc phục được', 'đã sửa', 'sửa rồi', 'đã ok', 'xác nhận đã', 'đã xác nhận', 'đã cài lại', 'cài lại xong',
    'đã cấu hình lại', 'đã reset', 'đã cấp lại', 'đã cập nhật', 'đã kích hoạt', 'đã mở lại', 'đã bổ sung', 'đã xử lý',
    'thông rồi', 'được rồi', 'được … rồi', 'đã gửi lại', 'đã …2 lại', 'em qua', 'em xuống', 'em sang', 'em lên', 'đã kiểm tra'),
  ...c('update', 2.5, 'em xử lý', 'em kiểm tra', 'em xem', 'em liên hệ', 'xác nhận'),
  // "đang chờ" is also what a reporter's file is doing ("hồ sơ đang chờ ký"); the cause not found yet is a problem.
  ...c('update', 2, 'đang chờ'),
  ...c('update', 3, 'đang chờ hãng', 'đang chờ nhà cung cấp', 'chờ linh kiện', 'chờ vật tư', 'chờ thiết bị thay thế', 'gửi linh kiện'),
  ...c('report', 3, 'chưa rõ nguyên nhân', 'không rõ nguyên nhân', 'chưa xác định được nguyên nhân', 'không biết nguyên nhân'),
  ...c('update', 3, 'đã có tiếng', 'đã có hình', 'có tiếng lại', 'có hình lại', 'đã vào được', 'đã gửi được', 'đã đăng nhập được'),
  // "họp trực tuyến" names the meeting system, it is not a meeting being announced
  ...c('other', 0, 'họp trực tuyến'),
  ...c('update', 4, 'đã được khắc phục', 'được khắc phục', 'đã được sửa', 'đã fix', 'fix xong', 'fix rồi', 'đã ổn', 'ổn rồi', 'đã thông', 'thông suốt',
    'hoàn tất', 'đã hoàn tất', 'kết quả kiểm tra', 'chưa tái hiện được', 'nhờ đóng', 'xin đóng', 'đề nghị đóng', 'đã khắc phục được', 'đã … xong',
    'đã thay mới'),
  ...c('update', 2.5, 'bình thường', 'đã gửi', 'đã báo'),
  ...c('update', 4, 'đã báo … xử lý', 'đã báo … kiểm tra', 'đã báo … khắc phục'),
  // ... "đã nhận được công văn" reports what arrived; "không bình thường" is a problem; "đã thông báo", "đã thống nhất" are not "đã thông".
  ...c('update', 0, 'đã nhận được', 'đã thống nhất', 'đã thông tin', 'nhận được rồi', 'đã nhận được rồi'),
  ...c('report', 3, 'không bình thường', 'chưa bình thường', 'bất thường', 'không … được … rồi', 'chưa … được … rồi'),
  // ---- more problems: outages named by what is lost, errors shown, things refused
  ...c('report', 3, 'mất internet', 'mất wifi', 'mất đường truyền', 'mất 4g', 'mất cáp', 'rớt mạng', 'đứt mạng', 'bị hư', 'hư hỏng', 'không có mạng',
    'không có điện', 'không có tín hiệu', 'không có tiếng', 'không có hình', 'không tìm thấy', 'không cho', 'trục trặc', 'load mãi', 'bị đứt',
    'không mở được', 'không hiển thị', 'không hiện', 'bị mất', 'bị văng', 'văng ra', 'báo đỏ', 'không truy cập', 'không đăng nhập', '=kẹt',
    'rớt', 'bị ngắt', 'ngắt kết nối', 'mất kết nối với', 'lúc được lúc không', 'đứng hình', 'bị đứng', 'đầy ổ cứng', 'bị đầy', 'báo đầy',
    'đầy dung lượng',
    // a failing action without "được": "không đồng bộ", "không chạy", "không xuất"
    'không đồng bộ', 'không chạy', 'không gửi', 'không in', 'không kết nối', 'không vào', 'không lưu', 'không mở', 'không tải', 'không load',
    'không xuất', 'không cập nhật', 'không nhập', 'không ký', 'không xác thực', 'không tra cứu',
    // security incidents
    'giả mạo', 'thư rác', 'lừa đảo', 'mạo danh', 'bị hack', 'virus', 'lộ mật khẩu', 'bị đánh cắp', 'xâm nhập',
    // something that is not there at all
    'không có internet', 'không có đường truyền', 'không có máy', 'không có kinh phí', 'không có thiết bị', 'không có cán bộ', 'chưa có internet'),
  // Which rule or rate applies ("mức chi … theo văn bản nào", "căn cứ nào") is a policy question (category 3).
  ...c('report', 3, 'mức chi', 'mức thu', 'văn bản nào', 'quy định nào', 'căn cứ nào', 'áp dụng theo', 'theo văn bản', 'có được phép'),
  // ---- more how-to questions (category 2): "làm sao để …", "hướng dẫn cách …", "cách cấu hình …"
  ...c('report', 5, 'làm sao để', 'làm thế nào để', 'như thế nào để', 'bằng cách nào', 'cách nào để', 'có cách nào'),
  ...c('report', 3, 'hướng dẫn cách', 'cần hướng dẫn', 'muốn hỏi cách', 'phải làm gì', 'làm gì để', 'thì làm gì', 'xử lý thế nào', 'xử lý sao',
    'vào đâu', 'ở chỗ nào', 'tìm ở đâu', 'bấm vào đâu', 'vào mục nào'),
  ...c('report', 2, 'cách', 'nhờ sửa', 'sửa giúp', 'trước thứ', 'trước ngày', 'trước <date>', 'nghỉ ốm', 'nghỉ thai sản'),
  // "cách" is "how" except in these
  ...c('report', 0, 'cách đây', 'cách ly', 'cải cách', 'tư cách', 'khoảng cách', 'phong cách', 'cách mạng'),
  // ---- more logistics and announcements: planned maintenance, leave, asking for files or lists
  ...c('other', 4, 'đợt nâng cấp', 'lịch nâng cấp', 'lịch bảo trì', 'dự kiến gián đoạn', 'sẽ gián đoạn', 'tạm ngưng để', 'nghỉ phép', 'đi công tác',
    'vắng mặt', 'xin danh sách', 'file mẫu', 'xin file', 'xin mẫu', 'đã thông báo', 'nhắc lại', 'triển khai cho các', 'đi họp',
    'ngoài lề', 'trao đổi công việc', 'nội quy nhóm', 'đề nghị không gửi',
    // training and events announced by an authority ("Sở tổ chức tập huấn …, đề nghị cử cán bộ tham gia"); asking for
    // training ("đề nghị tập huấn", "chưa được tập huấn") stays a report
    'sở tổ chức', 'tỉnh tổ chức', 'bộ tổ chức', 'sẽ tổ chức', 'tham gia tập huấn', 'cử cán bộ tham gia', 'buổi tập huấn', 'lớp tập huấn', 'lịch tập huấn'),
  ...c('other', 2.5, 'cho em xin', 'nhắc'),
  // ---- other: thanks, greetings, logistics, announcements, chit-chat
  // Thanks closing an update or a report ("đã thay xong, cảm ơn VNPT") does not outweigh it.
  ...c('other', 3, 'cảm ơn'),
  // Requests from an authority to all units ("đề nghị các đơn vị gửi báo cáo … trước 16h") are logistics, as are
  // holiday duty rosters.
  ...c('other', 4, 'đề nghị các đơn vị', 'đề nghị các xã', 'đề nghị các phường', 'đề nghị các địa phương', 'đề nghị các đầu mối', 'yêu cầu các đơn vị',
    'đề nghị các tỉnh', 'các tỉnh, thành phố', 'các đơn vị gửi', 'gửi báo cáo về', 'gửi báo cáo tình hình', 'báo cáo tình hình', 'gửi về sở', 'gửi về ttđh', 'gửi về email', 'tổng hợp số liệu', 'gửi số liệu', 'lịch trực', 'có lịch trực',
    'phân công trực', 'trực lễ', 'trực tết', 'nghỉ lễ'),
  // "mời" (invite) only with an invitee: typed without diacritics, a bare "moi" is far more often "mới" or "mỗi".
  ...c('other', 4, 'mời mọi người', 'mời các', 'kính mời', 'xin mời', 'mời anh chị', 'mời đại diện', 'mời đầu mối'),
  // Typed without diacritics "chúc" is also "chức" (tổ chức, chức năng) and "họp" is "hợp" (tổng hợp): bare, they need
  // their diacritics.
  ...c('other', 4, '=chúc', 'chúc mừng', 'chúc cả nhà', 'chúc mọi người', 'chào buổi sáng', 'xin chào', 'vui vẻ', 'bảo trì', 'thông báo', 'nhắc các', 'giao ban', 'tham dự',
    'lưu giúp', 'lưu ý', 'việc riêng', 'gửi nhầm', 'xin lỗi mọi người', 'ghi nhận', 'note', 'liên hoan', 'ăn trưa', 'cuối tuần', 'tuần mới',
    'năm mới', 'tổng hợp tuần', 'đoàn kiểm tra', 'đoàn của', 'đoàn công tác', 'làm việc tại', 'link', 'gửi file', 'gửi lại file', 'danh sách', 'ai trực',
    'em là', 'mới được phân công', 'đầu mối mới', 'được mọi người hỗ trợ', 'hạn nộp báo cáo', 'đã chuyển thông tin', 'chuyển cho', 'dạ vâng', 'vâng'),
  ...c('other', 2.5, 'ok', 'chào', '=họp', 'số điện thoại', 'có ai có'),
  ...c('other', 0.5, 'nhé', 'nha'),
  // ---- the way people actually type (issue 3, second round): chat, English IT words (expanded in abbreviations.ts:
  // "login" → đăng nhập, "down"/"die" → sập, "lag" → chậm, "bug" → lỗi), southern and central wording
  // Symptoms named by what the screen keeps saying or doing, and asking whether others see it too.
  ...c('report', 3, 'bị sao', 'bị gì', 'cứ báo', 'toàn báo', 'luôn báo', 'báo sai', 'bị lệch', 'lệch', 'bị giống', 'bị như vậy', 'bị như này',
    'bị tình trạng', 'không hiểu sao', 'không khả dụng', 'bị đá ra', 'đá ra', 'ra trang trắng', 'trắng trang', 'là đơ', 'không ổn định',
    'không ăn thua', 'không nổi', 'load hoài', 'quay hoài', 'xoay mãi', 'xoay hoài', 'mất … kết nối', 'màn hình xanh', 'quên mật khẩu', 'chưa có … điện lại', 'chưa có … mạng lại', 'chưa có … sóng lại',
    'lỗi font', 'đứt quãng', 'không liên lạc', 'thông báo lỗi', 'hiện thông báo', 'màn hình đen', 'bị mờ', 'vẫn báo', 'vẫn hiện', 'bị trừ tiền',
    'trừ tiền', 'có ai gặp', 'ai gặp', 'có ai bị', 'ai bị', 'quá cũ', 'thay máy', 'không sửa được', 'hiển thị sai', 'hiện sai', 'tính sai', 'ghi sai',
    'sai số liệu', 'sai lệch', 'không tính', 'bị trừ', 'không ghi', 'lắp thêm', 'khó dùng', 'khó tìm', 'khó chỉnh'),
  ...c('report', 4, 'bị kẹt', 'kẹt ở', 'kẹt ở bước', 'treo ở bước', 'dừng ở bước', 'đứng ở bước'),
  ...c('report', 3, 'tự động đăng xuất', 'tự đăng xuất', 'bị đăng xuất', 'bị thoát ra', 'tự thoát', 'phải làm lại', 'cần tài liệu'),
  // How-to in chat form: "chuyển hồ sơ kiểu gì ạ", "bấm mãi ko thấy nút chuyển".
  ...c('report', 3, 'kiểu gì', 'làm kiểu gì', 'không thấy nút', 'không thấy mục', 'không thấy chức năng', 'không thấy chỗ', 'không thấy menu'),
  // Is it required, is it enough, the texts disagree (category 3): "có cần in ra … không", "lưu điện tử là đủ?".
  ...c('report', 3, 'có cần … không', 'có cần phải', 'có phải … không', 'là đủ', 'ghi khác nhau', 'hướng dẫn khác nhau', 'quy định khác nhau'),
  ...c('report', 0, 'có phải do', 'có phải tại', 'có phải lỗi'),
  // A new problem after an old ticket ("phiếu 465 đã xử lý, nhưng giờ lại gặp lỗi khác", "nay em báo thêm"): see NEW_PROBLEM.
  ...c('report', 5, ...NEW_PROBLEM),
  // Citizens waiting at the counter: not "đang chờ" (progress).
  ...c('report', 3, 'bà con đang chờ', 'bà con đang đợi', 'bà con phải chờ', 'công dân đang chờ', 'người dân chờ', 'dân xếp hàng', 'xếp hàng'),
  // Things missing or asked for (category 4).
  ...c('report', 3, 'cần thêm', 'xin thêm', 'mua thêm', 'trang bị', 'chưa được trang bị', 'xin cấp', 'xin kinh phí', 'cấu hình yếu',
    'kiêm nhiệm', 'chuyên trách', 'vùng lõm', 'dùng ké', 'dùng nhờ', 'họp nhờ', 'mượn'),
  // Is it allowed / does it count (category 3).
  ...c('report', 3, 'vi phạm', 'bắt buộc', 'được coi là', 'có được coi'),
  // How-to questions: which system or button, the steps, where something is.
  ...c('report', 3, 'hệ thống nào', 'phần mềm nào', 'nút nào', 'các bước', 'biết chỗ', '=chỉ giúp', 'cấu hình sao', 'cài đặt sao', 'cài sao',
    'như nào', '=chỉ em với', '=chỉ cho em'),
  // Status questions in chat form: "fix chưa", "update … chưa", "chưa ai gọi", "em báo tuần trước".
  ...c('query', 4, 'fix chưa', 'sửa chưa', 'khắc phục chưa', 'update chưa', 'update … chưa', 'up lại chưa', 'đóng chưa', 'hay vẫn mở', 'còn mở'),
  ...c('query', 3, 'chưa ai'),
  // ... but "có ai gặp … chưa" asks whether others have the same problem: a report.
  ...c('report', 5, 'có ai gặp … chưa', 'ai gặp … chưa', 'có ai bị … chưa', 'ai bị … chưa'),
  ...c('query', 2, 'báo tuần trước', 'báo từ tuần trước', 'báo hôm kia', 'báo mấy hôm'),
  // Back up, patched, the error gone ("server đã up lại", "deploy bản vá", "lỗi … đã hết").
  ...c('update', 3, 'đang remote', 'remote vào', 'đã remote'),
  ...c('update', 4, 'đã cấp', 'đã cấp bổ sung', 'đã bàn giao', 'đã lắp', 'đã lắp đặt', 'đã trang bị'),
  ...c('update', 4, 'up lại', 'đã up', 'đã deploy', 'deploy bản vá', 'bản vá', 'vá lỗi', 'đã vá', 'hết lỗi', 'đã hết lỗi', 'lỗi … đã hết', 'không còn lỗi',
    'không còn bị'),
  // "… vẫn bình thường" says what still works next to a problem, not that the problem is fixed.
  ...c('update', 0, 'vẫn bình thường', '=vẫn … bình thường', 'nhận được … rồi', 'đã nhận công văn', 'đã nhận văn bản', 'đã nhận tài liệu', 'đã nhận thông báo', 'đã nhận file',
    'đã nhận kế hoạch'),
  ...c('other', 3, 'trình lãnh đạo', 'báo cáo lãnh đạo', 'xin ý kiến lãnh đạo'),
  // Announced, possible or planned disruption ("có thể mất mạng 5-10p, mn thông cảm") and compiling reports.
  ...c('other', 4, 'có thể mất', 'có thể gián đoạn', 'có thể bị gián đoạn', 'có thể ảnh hưởng', 'thông cảm', 'để tổng hợp', 'tổng hợp báo cáo'),
  // Thanking someone for what they did ("Cảm ơn Sở đã gửi hướng dẫn"): see THANKED_WINDOW.
  ...c('other', 5, 'cảm ơn … đã'),
  // ---- round 3 (issue 3): wording of two outsider sets, kept general
  // Meetings, training and events announced (time, place, who attends, how to register) and the duty rota: logistics.
  // ("có mặt" alone is also a technician asked to be on site: only with the time or the attendees.)
  ...c('other', 4, 'có mặt đúng giờ', 'đồng chí có mặt', 'đầu mối có mặt', 'đúng thành phần', 'hội nghị tập huấn', 'đăng ký trước',
    'đăng ký tham dự', 'đăng ký tham gia', 'mỗi xã cử', 'mỗi đơn vị cử', 'cử <num> cán bộ', 'tại hội trường', 'đi tập huấn', 'xếp người trực',
    'cử người trực', 'người trực tết', 'người trực lễ', 'mới về làm', 'báo lại lãnh đạo', 'xin giới thiệu', 'em xin giới thiệu',
    'từ nay liên hệ', 'liên hệ đồng chí', 'tiếp nhận <num> phiếu', 'tổng hợp <:>', 'theo em biết', 'theo mình biết', 'trả lời chính thức',
    // attachments, instructions to all meeting points, following the guidance given
    'gửi =ảnh', 'chụp màn hình', 'đề nghị các điểm cầu', 'để em làm theo', 'em làm theo hướng dẫn rồi'),
  ...c('other', 3, 'đúng giờ', 'group mình'),
  // Asking why open work is stuck, who confirmed, or for a list or count of tickets: status questions.
  ...c('query', 4, 'đang vướng', 'vướng ở đâu', 'báo cáo nguyên nhân', 'xác nhận chưa', 'xác nhận … chưa', 'cho biết phiếu', 'cho biết tiến độ',
    'cho biết tình hình', 'phiếu … quá hạn', 'đóng … chưa', 'thống kê giúp', 'thống kê các phiếu', 'các phiếu chưa', 'danh sách các phiếu'),
  ...c('query', 3, 'vẫn thấy trạng thái', 'vẫn ở trạng thái'),
  ...c('query', 4, 'bên nào phụ trách', 'đơn vị nào phụ trách', 'bên nào xử lý', 'đơn vị nào xử lý'),
  // The vendor on it, a fix rolled out, asked to retry.
  ...c('update', 4, 'đã nắm', 'nắm được thông tin', 'rollback', 'đang rollback',
    'xác nhận lỗi', 'bản sửa', 'sẽ deploy', 'đã thay … mới'),
  ...c('update', 3, 'thử lại giúp', 'đã khảo sát', 'chờ phê duyệt'),
  ...c('update', 2, 'theo dõi giúp'),
  // "(họp) sáng nay ok", "giờ ok rồi": what was broken works now; the longer match hides the bare "ok" (other).
  ...c('update', 3, 'nay ok', 'giờ ok', 'lại ok'),
  // "không ghi nhận (đánh giá)" is a failure, not "ghi nhận" (noted).
  ...c('report', 4, 'không ghi nhận', 'chưa ghi nhận'),
  // Many units telling the same problem ("nhiều tỉnh báo lỗi đăng nhập") is a report, even from an authority.
  ...c('report', 3, 'nhiều tỉnh báo', 'nhiều xã báo', 'nhiều phường báo', 'nhiều địa phương báo', 'nhiều tỉnh phản ánh', 'nhiều xã phản ánh',
    'nhiều địa phương phản ánh'),
  // Does a rule still apply or does it count, the texts say nothing or disagree, guidance to be issued, paper next to
  // the electronic copy, asking to be issued something or for a procedure (categories 2-4).
  ...c('report', 3, 'có còn được', 'còn được dùng', 'còn được sử dụng', 'chưa đề cập', 'không đề cập', 'có tính vào', 'có được tính', 'có bị tính',
    'chưa nói rõ', 'không nói rõ', 'chưa quy định rõ', 'chưa hướng dẫn rõ', 'ban hành hướng dẫn', 'hướng dẫn thống nhất', 'sớm có hướng dẫn',
    'không thống nhất', 'chưa thống nhất', 'bản giấy', 'đề nghị cấp', 'đề nghị trang bị', 'hỏi quy trình', 'hỏi thủ tục'),
  // A service down without warning, things burning or encrypted.
  ...c('report', 3, 'không thấy thông báo', 'không thông báo trước', 'không báo trước', 'cháy nguồn', 'bị cháy', 'mùi khét', 'chập điện', 'bị mã hóa',
    'mã hóa hết'),
]

/**
 * Progress words right after "cảm ơn …" ("Cảm ơn Sở đã gửi hướng dẫn", "cảm ơn anh đã hỗ trợ") are what the person
 * thanked did, not news about a ticket: within this many tokens after a THANKS phrase, in the same clause, they count
 * nothing. THANKS is matched on folded forms whatever the message ("cam on" typed bare in an accented message).
 */
export const THANKS: readonly string[] = ['cảm ơn']
export const THANKED_WINDOW = 5
