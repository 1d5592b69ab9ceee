/**
 * Cues for the category (Loại 1–4) of a report; requirements §4.1 and §11, corpus/README.md "Category".
 *   1 technical: software error, outage, lost connection, broken device or server
 *   2 business/process: staff don't know how, unclear procedure, how-to questions
 *   3 institutional/policy: a regulation doesn't fit, guidance or legal basis unclear or missing; "is it allowed"
 *   4 resource: lack of staff, funding, equipment; infrastructure not in place
 * Scores add up per category; category 1 gets CATEGORY_DEFAULT_BIAS so a report with no cue is technical.
 */
import type { Cue } from '../phrases.ts'
import type { Category } from '../../tickets/types.ts'

type C = Cue<Category>
const c = (label: Category, weight: number, ...phrases: string[]): C[] => phrases.map((phrase) => ({ phrase, label, weight }))

export const CATEGORY_DEFAULT_BIAS = 0.5

export const CATEGORY_CUES: readonly C[] = [
  // ---- 1 technical
  ...c(1, 3, 'báo lỗi', 'bị lỗi', 'gặp lỗi', 'mất mạng', 'mất kết nối', 'mất điện', 'mất tiếng', 'mất dữ liệu', 'chập chờn', 'gián đoạn', 'timeout',
    '=sập', 'bị sập', 'sập hoàn toàn', 'sập nguồn', 'đang sập', 'lại sập', 'tê liệt', 'bị treo', 'treo', 'hỏng', 'đứt cáp', 'hết dung lượng', 'nhiễm mã độc', 'tấn công', 'thất bại', 'bị chặn', 'chèn nội dung', 'bị đơ', 'đơ từ', 'đơ hết', 'đơ luôn', 'đơ cứng', 'treo đơ', 'không lên', 'quay mãi', 'cúp điện', 'cắt điện', 'mất nguồn', 'mất tín hiệu', 'mất hình', 'rè', 'giật', 'bị khóa', 'hết mực', 'có lỗi xảy ra', 'không thể', 'giao diện', 'không phản hồi', 'kẹt giấy',
    'không truy cập được', 'không đăng nhập được', 'không vào được', 'không kết nối được', 'không gửi được', 'không nhận được', 'không in được',
    'không ký được', 'không ký số được', 'không lưu được', 'không đồng bộ được', 'không tra cứu được', 'không xác thực được', 'không hoạt động',
    'không khởi động', 'không nhận', 'bị trả về', 'trả về lỗi', 'hết hạn', 'rớt', 'chạy rất chậm', 'truy cập chậm', 'rất chậm', 'bị sai'),
  ...c(1, 2, 'lỗi', 'không … được', 'chưa … được', 'chậm', 'nghẽn', 'spam', 'trang trắng', 'ngưng tiếp nhận', 'ngừng tiếp nhận', 'dừng tiếp nhận'),
  // ---- 2 process / how-to
  ...c(2, 4, 'chưa biết cách', 'không biết cách', 'hỏi cách', 'chưa nắm cách', 'chưa nắm', 'lúng túng', 'chưa biết thao tác', 'chưa được tập huấn',
    'tổ chức tập huấn', 'bấm chức năng nào', 'chức năng nào', 'thao tác thế nào', 'như thế nào', 'cấu hình thế nào', 'làm thế nào', 'làm sao',
    'hướng dẫn cách', 'hướng dẫn thủ tục', 'hướng dẫn quy trình', 'cách khai báo', 'cách khai thác', 'cách cài', 'cách tạo', 'cách gửi', 'cách đăng ký'),
  ...c(2, 2.5, 'chưa biết', 'không biết', 'thao tác', 'tập huấn', 'thế nào', 'mẫu nào', 'qua đâu', 'ở đâu', 'cho ai', 'thủ tục gì',
    'chưa thống nhất cách làm', 'cách làm', 'mục nào', 'chỗ nào', 'phân quyền', 'cách nào', 'chưa rõ cách', 'quy trình', 'video hướng dẫn', 'tài liệu hướng dẫn', 'nhờ hướng dẫn', 'hướng dẫn giúp', 'huớng dẫn trực tiếp'),
  // A how-to question offering a choice of steps, asking for the standard procedure, or "everyone does it differently".
  ...c(2, 4, 'thì chọn', 'nên chọn', 'chọn … hay', 'bấm … hay', 'thì bấm'),
  ...c(2, 3, 'trước hay', 'quy trình chuẩn', 'quy trình nào', 'làm một kiểu'),
  ...c(2, 2.5, 'một kiểu', 'mới nhận việc', 'mới nhận nhiệm vụ', 'hướng dẫn cho em', 'hướng dẫn em'),
  // Procedure words that contain a resource word: "yêu cầu bổ sung (hồ sơ)" is a step, not a lack of resources.
  ...c(2, 2, 'yêu cầu bổ sung', 'bổ sung hồ sơ', 'bổ sung giấy tờ'),
  ...c(2, 1, 'hướng dẫn', 'hỏi'),
  // ---- 3 policy / institutional
  ...c(3, 4, 'quy định', 'nghị định', 'thông tư', 'cơ sở pháp lý', 'căn cứ pháp lý', 'giá trị pháp lý', 'pháp lý', 'thẩm quyền', 'có hợp lệ', 'hợp lệ không',
    'chưa có văn bản', 'chưa có quy định', 'văn bản quy định', 'văn bản hướng dẫn', 'chưa có hướng dẫn thống nhất', 'hướng dẫn thống nhất',
    'xin ý kiến chỉ đạo', 'ý kiến chỉ đạo', 'làm rõ', 'chuyển tiếp', 'công bố lại', 'phụ cấp', 'chế độ', 'mức thu', 'mức chi', 'phí lệ phí',
    'sửa đổi', 'ban hành', 'không dám', 'có giá trị', 'có được phép', 'được phép'),
  ...c(3, 1.5, 'góp ý'),
  // Whether a rule, fee or decision still applies after the merger, or a budget source may be used.
  ...c(3, 5, 'còn áp dụng', 'áp dụng được không', 'còn được áp dụng', 'còn hiệu lực', 'hết hiệu lực', 'có được dùng', 'có được sử dụng',
    'được dùng kinh phí', 'được sử dụng kinh phí', 'nguồn kinh phí nào', 'nguồn nào', 'chi từ nguồn', 'lấy từ nguồn',
    'còn … được không', 'còn dùng để', 'còn dùng được', 'còn sử dụng được', 'còn giá trị'),
  ...c(3, 3, 'hiệu lực', 'quy chế', 'nghị quyết', 'ban hành lại', 'chưa có hướng dẫn', 'chưa thấy hướng dẫn', 'chưa thấy văn bản'),
  ...c(3, 3, 'có được … không', 'có được', 'kiến nghị', 'không còn phù hợp', 'chưa phù hợp', 'chưa rõ', 'lưu trữ', 'hiện hành'),
  // ---- 4 resources
  ...c(4, 4, 'thiếu', 'kinh phí', 'biên chế', 'nhân sự', 'tăng cường cán bộ', 'điều động', 'quá tải', 'dự toán', 'cấp thêm', 'cấp bổ sung', 'bổ sung thiết bị',
    'bổ sung', 'thay mới', 'chưa được đầu tư', 'đầu tư hạ tầng', 'đầu tư', 'chưa được cấp', 'chưa được kéo', 'chưa kéo', 'chưa có đường truyền',
    'chưa có điểm cầu', 'chưa có thiết bị', 'chưa có máy', 'chưa có phần mềm', 'không có kinh phí', 'không đủ', 'băng thông', 'dùng chung', 'kiêm nhiệm',
    'chuyên trách', 'xin thêm', 'cần thêm', 'tuyển dụng', 'chưa được bố trí', 'bố trí kinh phí', 'bố trí thêm', 'bố trí', 'khảo sát lắp đặt', 'lắp đặt', 'mua thêm', 'dung chung'),
  ...c(4, 2, 'chỉ có', 'chưa có', '=cấp', 'mượn', 'cá nhân', 'sóng yếu', 'yếu', 'máy phát'),
  // Staff away or short ("3 cán bộ nghỉ ốm", "xin tăng cường người") is a lack of staff.
  ...c(4, 4, 'tăng cường', 'nghỉ ốm', 'nghỉ thai sản', 'nghỉ việc', 'thiếu người', 'không có người', 'không đủ người'),
  // A power cut now is an outage (category 1) even when the text asks for power back ("cấp điện lại") or says
  // there is no generator: the problem is the cut, not a missing resource.
  ...c(1, 3, 'cấp điện', 'có điện lại', 'chưa có điện', 'không có điện', 'mất điện lưới', 'mất internet', 'mất wifi', 'mất đường truyền', 'rớt mạng',
    'đứt mạng', 'bị hư', 'hư hỏng', 'không có mạng', 'không có tín hiệu', 'không tìm thấy', 'trục trặc', 'không hiển thị', 'không cho', 'bị văng', 'báo đỏ',
    'bị ngắt', 'ngắt kết nối', 'lúc được lúc không', 'đứng hình', 'bị đứng', 'đầy ổ cứng', 'bị đầy', 'báo đầy', 'đầy dung lượng', 'giả mạo', 'thư rác', 'lừa đảo', 'mạo danh', 'bị hack', 'virus', 'lộ mật khẩu', 'bị đánh cắp', 'xâm nhập'),
  ...c(1, 2, 'không đồng bộ', 'không chạy', 'không gửi', 'không in', 'không kết nối', 'không vào', 'không lưu', 'không mở', 'không tải', 'không load',
    'không xuất', 'không cập nhật', 'không nhập', 'không ký', 'không xác thực', 'không tra cứu'),
  ...c(3, 3, 'văn bản nào', 'quy định nào', 'căn cứ nào', 'áp dụng theo'),
  // Typed without diacritics "liên thông từ", "hệ thống từ" fold onto "thông tư" (a circular).
  ...c(3, 0, 'liên thông từ', 'hệ thống từ'),
  // How-to questions: "… thì … ở đâu / thế nào", "cách + verb".
  ...c(2, 3, 'thì … ở đâu', 'phải … ở đâu', 'ở đâu trên', 'ở mục nào', 'làm sao để', 'làm thế nào để', 'bằng cách nào', 'có cách nào',
    'cần hướng dẫn', 'phải làm gì', 'xử lý thế nào', 'xử lý sao', 'vào đâu', 'ở chỗ nào', 'tìm ở đâu', 'vào mục nào'),
  ...c(2, 2, 'cách'),
  ...c(1, 0, 'cách đây', 'cách ly', 'cải cách', 'tư cách', 'khoảng cách', 'phong cách', 'cách mạng'),
  // Guidance on a matter that has not arrived ("chưa nhận được hướng dẫn về …") is a policy gap; "không cho phép" a rule.
  ...c(3, 3, 'chưa nhận được hướng dẫn', 'chưa nhận được văn bản', 'không cho phép', 'cho phép'),
  // Mobile or internet coverage that has never been there is infrastructure not in place; "mất sóng" is an outage.
  ...c(4, 5, 'chưa có sóng', 'không có sóng', 'chưa được phủ sóng', 'chưa phủ sóng', 'lõm sóng', 'vùng lõm', 'trắng sóng', 'chưa có internet',
    'chưa có cáp quang'),
  // "không có internet" is as often an outage told ("mất cáp quang từ 5h, cả cơ quan không có internet") as a line
  // never installed: it weighs less than "chưa có internet".
  ...c(4, 3, 'không có internet'),
  ...c(4, 4, 'phủ sóng'),
  ...c(1, 3, 'mất sóng'),
  // ---- the way people actually type (issue 3, second round; English IT words are expanded in abbreviations.ts)
  ...c(1, 3, 'bị lệch', 'không khả dụng', 'bị đá ra', 'đá ra', 'trắng trang', 'ra trang trắng', 'là đơ', 'không ổn định', 'màn hình xanh', 'lỗi font',
    'mất … kết nối', 'đứt quãng', 'không liên lạc', 'thông báo lỗi'),
  ...c(1, 2, 'lệch', 'bị sao', 'cứ báo', 'toàn báo', 'luôn báo', 'báo sai', 'không hiểu sao', 'không nổi', 'load hoài', 'quay hoài', 'xoay mãi', 'xoay hoài'),
  // Buying, equipping, supplying N units, borrowing: a resource is missing (category 4) even when the text tells how
  // often things break without it ("mất điện thường xuyên … đề nghị cấp kinh phí mua UPS").
  ...c(4, 4, 'trang bị', 'xin kinh phí', 'cấu hình yếu', 'dùng ké', 'dùng nhờ', 'họp nhờ'),
  ...c(4, 5, 'chưa được trang bị'),
  ...c(4, 4, 'cấp <num>', 'hỗ trợ <num>', 'thêm <num>', 'mua <num>', 'trang bị <num>', 'quá cũ', 'thay máy', 'không sửa được'),
  ...c(4, 5, 'bổ sung <num>'),
  // "mua" (buy) only in phrases: typed without diacritics it is also "mưa" (rain) and "mùa" (season).
  ...c(4, 4, 'kinh phí mua', 'để mua', 'mua mới', 'mua sắm', 'mua máy', 'mua thiết bị', 'tiền mua', 'mua bổ sung'),
  ...c(4, 5, 'cấp kinh phí'),
  ...c(4, 2, 'dự phòng'),
  // How-to: the steps, which system or button, where something is (category 2).
  ...c(2, 4, 'hệ thống nào', 'phần mềm nào', 'nút nào'),
  ...c(2, 3, 'các bước', 'những bước', 'từng bước', 'biết chỗ', '=chỉ giúp', '=chỉ em với', '=chỉ cho em', 'cấu hình sao',
    'cài đặt sao', 'cài sao', 'cài đặt thế nào', 'như nào', 'quên mật khẩu'),
  // "chỉ" (show) with its diacritics: typed without them "chi cho em" is also "(anh) chị cho em (hỏi)".
  // Is it allowed, compulsory, does it count (category 3).
  ...c(3, 3, 'vi phạm', 'bắt buộc', 'xin ý kiến'),
  ...c(3, 4, 'có vi phạm', 'có bắt buộc', 'được coi là', 'có được coi', 'ghi khác nhau', 'hướng dẫn khác nhau', 'quy định khác nhau'),
  ...c(3, 3, 'có cần … không', 'có cần phải', 'là đủ'),
  ...c(3, 2.5, 'có phải … không'),
  ...c(3, 0, 'có phải do', 'có phải tại', 'có phải lỗi'),
  ...c(1, 3, 'màn hình đen', 'bị mờ', 'vẫn báo', 'bị trừ tiền', 'trừ tiền', 'ghi sai', 'sai số liệu', 'sai lệch', 'bị kẹt', 'kẹt ở'),
  // A system showing or computing something wrong is a software error, whatever it shows (a fee, a status).
  ...c(1, 4, 'hiển thị sai', 'hiện sai', 'tính sai'),
  ...c(1, 2, 'không tính', 'bị trừ', 'không ghi'),
  // A suggestion about how a system works ("nên cho xuất file word", "khó tìm chức năng") is about the software (1).
  ...c(1, 2, 'nên cho', 'nên có', 'nên tăng', 'thêm chức năng', 'bổ sung chức năng', 'khó dùng', 'khó tìm', 'khó chỉnh'),
  ...c(1, 3, 'tự động đăng xuất', 'tự đăng xuất', 'bị đăng xuất', 'bị thoát ra', 'tự thoát', 'phải làm lại'),
  // Nobody knows how, asking for training or the user guide (category 2).
  ...c(2, 3, 'biết sử dụng', 'biết vận hành', 'biết dùng', 'hướng dẫn sử dụng', 'cần tài liệu'),
  ...c(2, 4, 'đề nghị tập huấn', 'xin tập huấn', 'cần tập huấn'),
  ...c(2, 3, 'kiểu gì', 'làm kiểu gì', 'không thấy nút', 'không thấy mục', 'không thấy chức năng', 'không thấy chỗ', 'không thấy menu'),
  ...c(4, 4, 'lắp thêm', 'lắp đặt thêm'),
  // ---- round 3 (issue 3)
  // Burnt, shorted, encrypted: a failure now (1). A time the problem started ("mất mạng từ 6h") is an outage, not
  // infrastructure that was never there (every labelled report with "từ <giờ>" is category 1).
  ...c(1, 3, 'cháy nguồn', 'bị cháy', 'mùi khét', 'chập điện', 'mã độc', 'bị mã hóa', 'mã hóa hết'),
  ...c(1, 2, 'từ <time>'),
  // Software and servers that store data are not archiving rules; forwarding a complaint is not a transition rule.
  ...c(1, 0, 'phần mềm lưu trữ', 'kho lưu trữ', 'hệ thống lưu trữ', 'máy chủ lưu trữ', 'lưu trữ dữ liệu', 'ổ lưu trữ', 'chuyển tiếp phản ánh',
    'chuyển tiếp tin', 'chuyển tiếp từ', 'chuyển tiếp qua'),
  // Paper next to the electronic copy (send, keep, replace, destroy it?) and guidance to be issued: policy (3).
  ...c(3, 3, 'gửi kèm bản giấy', 'thay bản giấy', 'thay thế bản giấy', 'giữ bản giấy', 'lưu bản giấy', 'hủy bản giấy', 'nộp bản giấy',
    'nộp thêm bản giấy'),
  ...c(3, 5, 'ban hành hướng dẫn'),
  // Does something still apply, does it count, the texts say nothing (3).
  ...c(3, 4, 'có còn được', 'còn được dùng', 'còn được sử dụng', 'có tính vào', 'có được tính', 'có bị tính'),
  ...c(3, 3, 'chưa đề cập', 'không đề cập'),
  // Fees, exemptions and how a legal time limit is counted (3).
  ...c(3, 2, 'thu phí', 'miễn phí'),
  // Asking to be issued something ("đề nghị cấp chứng thư số") is a resource, also typed without diacritics, where the
  // bare "=cấp" is not matched; "đề nghị cập nhật" is not.
  ...c(4, 3, 'đề nghị cấp'),
  ...c(1, 0, 'đề nghị cập nhật', 'đề nghị cấp lại'),
  ...c(3, 3, 'miễn giảm', 'thu hay miễn', 'thời hạn giải quyết', 'tính lại từ đầu', 'chưa nói rõ', 'không nói rõ',
    'chưa quy định rõ'),
]
