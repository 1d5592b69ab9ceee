/**
 * Cues for the priority of a report (corpus/README.md "priority"; requirements §4.4).
 *   urgent: emergency words (khẩn, khẩn cấp, gấp, hỏa tốc, SOS) or a whole service down for citizens right now
 *   high:   clearly time-sensitive or wide impact (nhiều xã, toàn tỉnh, ưu tiên, sớm), or a deadline later the same
 *           day or the next morning
 *   low:    explicitly not urgent (không gấp, khi nào rảnh, góp ý)
 *   normal: everything else
 * "low" is decided first (so "không gấp" never reads as "gấp"), then urgent, then high; each needs its threshold.
 */
import type { Cue } from '../phrases.ts'

export type PriorityCueLabel = 'urgent' | 'high' | 'low' | 'calm'
type P = Cue<PriorityCueLabel>
const c = (label: PriorityCueLabel, weight: number, ...phrases: string[]): P[] => phrases.map((phrase) => ({ phrase, label, weight }))

export const PRIORITY_THRESHOLDS = { low: 2, urgent: 3, high: 2 } as const

/**
 * A deadline at most this many calendar days ahead (Vietnam time) is high: later today or any time tomorrow. Reports
 * labelled normal that carry a deadline have it about two days away or more (corpus/README.md "Priority"; every
 * labelled set agrees: next-day deadlines at 08:00 and at 17:00 alike are high).
 */
export const HIGH_DEADLINE_DAYS = 1

export const PRIORITY_CUES: readonly P[] = [
  ...c('low', 3, 'không gấp', 'chưa gấp', 'không vội', 'chưa vội', 'không cần vội', 'không cần gấp', 'không gấp lắm', 'không khẩn', 'khi nào rảnh', 'lúc nào rảnh', 'khi rảnh', 'góp ý',
    'khi nào có dự toán', 'tổng hợp vào kiến nghị chung', 'không ảnh hưởng'),
  // Phrases that contain an emergency word but are not one; matched to hide it.
  ...c('calm', 0, 'chậm nhất', 'gặp', 'khẩn trương xem xét'),
  // Typed without diacritics "gặp sự cố" (ran into a problem) is "gap su co": not "gấp" (urgent).
  ...c('calm', 0, 'gặp sự cố', 'gặp lỗi', 'gặp vấn đề', 'gặp khó khăn', 'gặp trục trặc', 'gặp phải'),
  // ... nor is "gặp" with a past time or an experience word ("lỗi Hải Phòng gap tuần trước", "đã gap", "hay gap").
  ...c('calm', 0, 'gặp tuần trước', 'gặp tháng trước', 'gặp hôm qua', 'gặp hôm trước', 'gặp lần trước', 'gặp đợt trước', 'gặp trước đây',
    'từng gặp', 'đã gặp', 'cũng gặp', 'hay gặp', 'thường gặp', 'gặp tình trạng', 'gặp trường hợp', 'gặp tương tự'),
  // Waiting for an authority's decision ("hay phải chờ tỉnh ban hành") is not citizens waiting at the counter.
  ...c('calm', 0, 'hay phải chờ', 'phải chờ tỉnh', 'phải chờ sở', 'phải chờ bộ', 'phải chờ hướng dẫn', 'phải chờ văn bản', 'phải chờ cấp trên'),
  ...c('urgent', 5, 'khẩn', 'khẩn cấp', 'khẩn trương', 'gấp', 'hỏa tốc', 'sos', 'cần hỗ trợ ngay', 'hỗ trợ ngay', 'xử lý ngay', 'ngay lập tức',
    'cần ngay', 'tê liệt', 'đòi tiền chuộc'),
  ...c('urgent', 3, 'cứu', 'dân về hết', 'bà con ngồi chờ', 'bà con chờ', 'dân đợi', 'dân đang đợi', 'ngồi chờ', 'phải chờ', 'đang phải chờ', 'dân phải về', 'dân đang chờ', 'dân chờ', 'người dân đang chờ', 'dân đến nộp hồ sơ phải về', 'ngưng tiếp nhận hồ sơ', 'ngừng tiếp nhận hồ sơ',
    'dừng tiếp nhận', 'ngưng tiếp nhận', 'ngừng tiếp nhận', 'tạm dừng', 'không tiếp nhận được hồ sơ', 'không làm được gì', 'không làm việc được', '=sập', 'bị sập', 'sập hoàn toàn', 'sập nguồn', 'đang sập', 'lại sập'),
  ...c('urgent', 1.5, 'toàn bộ', 'tất cả xã phường', 'tất cả các xã', 'toàn tỉnh', 'đông lắm', 'chờ đông', 'không truy cập được', 'không đăng nhập được'),
  // Citizens shut out of a service now ("người dân (toàn thành phố) không nộp được hồ sơ", "dân xếp hàng dài"): with
  // an outage word this is a whole service down for citizens. A queue kept by hand while a kiosk is down is not.
  ...c('urgent', 1.5, 'người dân … không', 'công dân … không', 'dân không nộp', 'xếp hàng'),
  ...c('urgent', 3, 'dân xếp hàng', 'xếp hàng dài', 'xếp hàng đông', 'người đang chờ', 'hàng trăm người', 'hàng chục người'),
  ...c('calm', 0, 'xếp hàng tay', 'xếp hàng thủ công', 'phải xếp hàng tay', 'phải xếp hàng thủ công'),
  // Citizens waiting at the counter now, however it is put ("bà con đang chờ", "dân xếp hàng dài").
  ...c('urgent', 3, 'bà con đang chờ', 'bà con đang đợi', 'bà con phải chờ', 'công dân đang chờ', 'người dân chờ'),
  ...c('urgent', 1.5, 'tới đông', 'đến đông'),
  // Doing all of someone's work is not a wide impact ("1 công chức kiêm nhiệm phụ trách toàn bộ công tác CĐS").
  ...c('calm', 0, 'phụ trách toàn bộ', 'toàn bộ công tác', 'toàn bộ công việc'),
  ...c('high', 3, 'ưu tiên', 'sớm', 'nhiều xã', 'nhiều phường', 'nhiều tỉnh', 'nhiều thôn', 'nhiều bản', 'nhiều ấp', 'nhiều khu vực', 'nhiều địa phương', 'toàn tỉnh', 'tất cả xã', 'tất cả các xã', 'tất cả xã phường',
    'các xã phường', 'một số tỉnh', 'các địa phương', 'nhiều hồ sơ', 'phản ánh nhiều', 'ảnh hưởng diện rộng', 'nghiêm trọng', 'rất chậm', 'toàn bộ',
    'toàn thành phố'),
]

/**
 * An emergency word that is feared, possible or habitual is not happening now: "sợ sập nguồn", "nguy cơ mất dữ
 * liệu", "mỗi lần mất điện phải ngừng tiếp nhận hồ sơ". Urgent cues with one of these (folded) among the
 * HYPOTHETICAL_WINDOW tokens before them do not count.
 */
export const HYPOTHETICAL_BEFORE: readonly string[] = [
  '=sợ', 'sợ sập', 'sợ mất', 'sợ bị', 'lo ngại', 'e rằng', 'nguy cơ', 'có thể', 'có khả năng', 'đề phòng', 'một khi', 'mỗi lần', 'mỗi khi',
  'thường xuyên', 'nếu',
]
export const HYPOTHETICAL_WINDOW = 4
