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

/** Added to query and update (and taken from report and other) when a ticket number is referenced. */
export const TICKET_REFERENCE_BONUS = { query: 3, update: 3, report: -4, other: -3 } as const

/** A question mark or a closing "chưa ạ" makes a status question more likely. */
export const QUESTION_BONUS = { query: 1.5 } as const

// "đơ" (frozen) is matched only in phrases ("bị đơ", "đơ từ sáng"): typed without diacritics a bare "do" is "do" (because).
export const KIND_CUES: readonly K[] = [
  // ---- query: asks the status of a ticket or of open work
  ...c('query', 5, 'bao giờ … xong', 'khi nào … xong', 'bao giờ … có', 'khi nào … có'),
  ...c('query', 4, 'đến đâu rồi', 'tới đâu rồi', 'đến đâu', 'thế nào rồi', 'như thế nào rồi', 'sao rồi', 'ra sao rồi', 'xong chưa',
    'đã xong chưa', 'ổn chưa', 'đã ổn chưa', 'có kết quả chưa', 'có tiến triển gì chưa', 'tiến triển gì chưa', 'có ai nhận chưa',
    'ai nhận chưa', 'đã nhận chưa', 'có mã ticket chưa', 'có mã phiếu chưa', 'mã ticket chưa', 'mã phiếu chưa', 'sao vẫn chưa',
    'được duyệt chưa', 'đã có hướng dẫn chưa', 'có hướng dẫn chưa', 'có tài liệu chưa', 'có lịch', 'bao giờ có', 'bao giờ xử lý', 'bao giờ xong',
    'kết nối lại được chưa', 'đã xử lý hết chưa', 'còn tồn', 'tồn chưa xử lý', 'còn cái nào', 'còn phiếu nào', 'còn ticket nào', 'ticket nào',
    'phiếu nào', 'còn bao nhiêu', 'quá hạn không', 'quá hạn xử lý không', 'tồn không'),
  ...c('query', 3, 'tiến độ', 'tình hình', 'đã xử lý chưa', 'xử lý chưa', 'có ai xử lý chưa', 'ai xử lý chưa', 'chưa ai xử lý', 'chưa thấy ai liên hệ', 'theo dõi'),
  ...c('query', 4, 'phiếu quá hạn', 'ticket quá hạn', 'số phiếu', 'phiếu tồn', 'chưa đóng', 'chưa được xử lý'),
  ...c('query', 1.5, 'chưa anh', 'chưa ạ'),
  // "cho em hỏi" opens status questions and how-to questions (reports) alike
  ...c('query', 0.5, 'cho em hỏi', 'cho e hỏi', 'cho mình hỏi', 'cho hỏi', 'em hỏi', 'e hỏi'),
  // ...but asking about a numbered ticket is a status question, and "sao vẫn …" complains that it has not moved
  ...c('query', 3, 'hỏi <hash>', 'hỏi ticket', 'hỏi phiếu', 'hỏi mã yêu cầu', 'hỏi sự cố số'),
  ...c('query', 4, 'sao vẫn', 'sao vẫn để', 'sao lâu vậy', 'sao lâu thế'),
  // A status read off the ticket ("vẫn (ở trạng thái / báo) đang xử lý") describes it, it is not progress: the longer
  // match hides the update cue "đang xử lý".
  ...c('query', 1.5, 'vẫn … đang xử lý', 'vẫn … đang kiểm tra', 'vẫn … tiếp nhận', 'trạng thái … đang xử lý', 'trạng thái đang xử lý', 'trạng thái tiếp nhận',
    'ở trạng thái'),
  ...c('report', 1.5, 'qua đâu', 'ở đâu'),
  // ---- update: acknowledgement, progress or resolution of an existing ticket
  ...c('update', 4, 'đã tiếp nhận', 'đã khắc phục', 'đã xử lý xong', 'đã khôi phục', 'khắc phục xong', 'xử lý xong', 'đã hoàn thành', 'hoàn thành',
    'đóng ticket', 'đóng phiếu', 'tạm đóng', 'đóng giúp', 'đóng được', 'ổn định lại', 'bình thường rồi', 'hoạt động bình thường',
    'hoạt động lại', 'kết nối lại bình thường', 'đã có điện lại', 'đã có mạng lại', 'có mạng lại', 'có điện lại', 'xác định nguyên nhân', 'nguyên nhân do',
    'đã hàn nối', 'hàn nối xong', 'đã thay xong', 'thay xong', 'đã chuyển', 'đã gửi hướng dẫn', 'đã gửi tài liệu', 'đã gửi mẫu', 'đã gửi công văn',
    'ký được rồi', 'đã ký được', 'nhận đủ rồi', 'vì sự bất tiện', 'đang tái hiện', 'tái hiện lỗi', 'đã test lại', 'test lại', 'xong rồi', 'xong nhé', 'đã xong'),
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
  ...c('update', 3, 'em nhận', 'e nhận', 'mình nhận', 'nhận rồi', 'đã nhận phiếu', 'nhận phiếu', 'nhận ticket', 'để em báo', 'để e báo',
    'để mình báo', 'em báo bên', 'e báo bên', 'để em chuyển', 'để e chuyển', 'để em liên hệ', 'để e liên hệ', 'để em kiểm tra', 'để e kiểm tra'),
  // ... but "em nhận được …" reports what arrived, and "chưa có lại" / "chưa trở lại" is a problem still open.
  ...c('update', 0, 'em nhận được', 'e nhận được', 'mình nhận được'),
  ...c('report', 3, 'chưa có lại', 'chưa trở lại', 'chưa … lại bình thường', 'không … lại bình thường'),
  ...c('update', 2.5, 'cập nhật <:>', 'cập nhật <hash>', 'cập nhật phiếu', 'cập nhật ticket', 'đang xử lý', 'đang kiểm tra', 'phản hồi'),
  // ---- report: a new problem (symptoms, requests, how-to and policy questions, missing resources)
  ...c('report', 3, 'mất mạng', 'mất kết nối', 'mất điện', 'mất tiếng', 'mất dữ liệu', 'không … được', 'chưa … được', 'báo lỗi', 'bị lỗi', 'gặp lỗi',
    'lỗi', 'hỏng', 'treo', 'chập chờn', 'gián đoạn', 'timeout', 'sập', 'tê liệt', 'chậm', 'nghẽn', 'quá tải', 'đứt cáp', 'hết hạn', 'hết dung lượng',
    'nhiễm mã độc', 'tấn công', 'thất bại', 'bị chặn', 'chèn nội dung', 'bị đơ', 'đơ từ', 'đơ hết', 'đơ luôn', 'đơ cứng', 'treo đơ', 'không lên', 'quay mãi', 'cúp điện', 'cắt điện', 'mất nguồn', 'mất tín hiệu', 'mất hình', 'rè', 'giật', 'bị khóa', 'hết mực', 'tạm nghỉ', 'có lỗi xảy ra', 'không thể', 'spam', 'bị trả về', 'trang trắng', 'không phản hồi', 'không nhận', 'bị sai', 'kẹt giấy', 'kẹt'),
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
  // ---- other: thanks, greetings, logistics, announcements, chit-chat
  // Requests from an authority to all units ("đề nghị các đơn vị gửi báo cáo … trước 16h") are logistics, as are
  // holiday duty rosters.
  ...c('other', 4, 'đề nghị các đơn vị', 'đề nghị các xã', 'đề nghị các phường', 'đề nghị các địa phương', 'đề nghị các đầu mối', 'yêu cầu các đơn vị',
    'đề nghị các tỉnh', 'các tỉnh, thành phố', 'các đơn vị gửi', 'gửi báo cáo về', 'gửi báo cáo tình hình', 'báo cáo tình hình', 'gửi về sở', 'gửi về ttđh', 'gửi về email', 'tổng hợp số liệu', 'gửi số liệu', 'lịch trực', 'có lịch trực',
    'phân công trực', 'trực lễ', 'trực tết', 'nghỉ lễ'),
  // "mời" (invite) only with an invitee: typed without diacritics, a bare "moi" is far more often "mới" or "mỗi".
  ...c('other', 4, 'mời mọi người', 'mời các', 'kính mời', 'xin mời', 'mời anh chị', 'mời đại diện', 'mời đầu mối'),
  ...c('other', 4, 'cảm ơn', 'chúc', 'chào buổi sáng', 'xin chào', 'vui vẻ', 'bảo trì', 'thông báo', 'nhắc các', 'giao ban', 'tham dự',
    'lưu giúp', 'lưu ý', 'việc riêng', 'gửi nhầm', 'xin lỗi mọi người', 'ghi nhận', 'note', 'liên hoan', 'ăn trưa', 'cuối tuần', 'tuần mới',
    'năm mới', 'tổng hợp tuần', 'đoàn kiểm tra', 'đoàn của', 'đoàn công tác', 'làm việc tại', 'link', 'gửi file', 'gửi lại file', 'danh sách', 'ai trực',
    'em là', 'mới được phân công', 'đầu mối mới', 'được mọi người hỗ trợ', 'hạn nộp báo cáo', 'đã chuyển thông tin', 'chuyển cho', 'dạ vâng', 'vâng'),
  ...c('other', 2.5, 'ok', 'chào', 'họp', 'số điện thoại', 'có ai có'),
  ...c('other', 0.5, 'nhé', 'nha'),
]
