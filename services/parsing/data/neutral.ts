/**
 * Phrases that contain a cue word without meaning it. They are added, with weight 0, to every cue dictionary so
 * that the longer match hides the cue inside it: "trả lời" (answer) is not "lỗi" (error) once folded, "phân cấp"
 * (decentralise) and "cấp xã" (commune level) are not "cấp" (issue, supply), "chậm nhất" (at the latest) is not
 * "chậm" (slow), "gặp" (meet) is not "gấp" (urgent).
 */
export const NEUTRAL_PHRASES: readonly string[] = [
  'trả lời', 'phân cấp', 'cấp xã', 'cấp huyện', 'cấp tỉnh', 'cấp phường', 'các cấp', 'chính quyền 2 cấp', 'cấp lại', 'chậm nhất', 'chậm trễ nhất',
  'gặp', 'tra cứu', 'nghiên cứu', 'cứu hộ', 'không ai nghe máy', 'nghe máy', 'không còn phù hợp', 'sáng sớm', 'sớm nhất', 'như thế',
  'trước khi', 'sau khi', 'đến giờ', 'tới giờ', 'từ sáng', 'không biết có', 'hướng dẫn trực tiếp',
  // Typed without diacritics "sắp xếp", "sáp nhập", "sắp hết" fold onto "sập" (crashed).
  'sắp xếp', 'sáp nhập', 'sát nhập', 'sắp hết', 'sắp tới', 'sắp đến',
  // "he thong bao cao" is "hệ thống | báo cáo", not "thông báo" (announce).
  'hệ thống báo cáo',
  // "chấm điểm" (scoring), "chấm công" are "cham" once folded, like "chậm" (slow).
  'chấm điểm', 'chấm công',
]
