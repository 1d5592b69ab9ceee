/**
 * Phrases that contain a cue word without meaning it. They are added, with weight 0, to every cue dictionary so
 * that the longer match hides the cue inside it: "trả lời" (answer) is not "lỗi" (error) once folded, "phân cấp"
 * (decentralise) and "cấp xã" (commune level) are not "cấp" (issue, supply), "chậm nhất" (at the latest) is not
 * "chậm" (slow), "gặp" (meet) is not "gấp" (urgent).
 */
export const NEUTRAL_PHRASES: readonly string[] = [
  'trả lời', 'phân cấp', 'cấp trên', 'cấp xã', 'cấp huyện', 'cấp tỉnh', 'cấp phường', 'các cấp', 'chính quyền 2 cấp', 'cấp lại', 'chậm nhất', 'chậm trễ nhất',
  'gặp', 'tra cứu', 'nghiên cứu', 'cứu hộ', 'không ai nghe máy', 'nghe máy', 'không còn phù hợp', 'sáng sớm', 'sớm nhất', 'như thế',
  'trước khi', 'sau khi', 'đến giờ', 'tới giờ', 'từ sáng', 'không biết có', 'hướng dẫn trực tiếp',
  // Typed without diacritics "sắp xếp", "sáp nhập", "sắp hết" fold onto "sập" (crashed).
  'sắp xếp', 'sáp nhập', 'sát nhập', 'sắp hết', 'sắp tới', 'sắp đến',
  // "he thong bao cao" is "hệ thống | báo cáo", not "thông báo" (announce).
  'hệ thống báo cáo',
  // "chấm điểm" (scoring), "chấm công" are "cham" once folded, like "chậm" (slow).
  'chấm điểm', 'chấm công',
  // "tăng gấp 3", "gấp đôi" (times), not "gấp" (urgent); "khẩn cấp" is not "cấp" (supply); "ram 4G" is memory, not 4G.
  'gấp <num>', 'gấp đôi', 'gấp ba', 'gấp nhiều lần', 'khẩn cấp', 'ram <num>',
  // "kiến nghị cử tri" names the voters' petitions (a system's content), not a policy request; an SMS or e-mail that
  // notifies a result is not an announcement.
  'kiến nghị cử tri', 'ý kiến cử tri', 'ứng dụng tiếp nhận', 'thông báo kết quả', 'sms thông báo', 'tin nhắn thông báo', 'email thông báo', 'thư thông báo',
]
