// Prints the rights table (role × status × action) as Markdown, from the code itself; README.md embeds it and a
// test keeps the two equal. Usage: npx tsx scripts/rights-table.ts
import { fileURLToPath } from 'node:url'
import { vi } from '../bot/messages/vi.ts'
import { nextStatus, startStatuses, TICKET_ACTIONS, type TicketAction } from '../services/tickets/lifecycle.ts'
import { rolesAllowed, type Role } from '../services/tickets/rights.ts'

const ROLE_NAMES: Record<Role, string> = {
  admin: 'Quản trị (admin)', dispatcher: 'Điều phối (dispatcher)', command_centre: 'Thành viên nhóm TTCH',
  assignee_leader: 'Lãnh đạo đơn vị xử lý', assignee: 'Thành viên đơn vị xử lý', reporter: 'Đơn vị báo cáo', viewer: 'Đơn vị liên quan (xem được phiếu)',
}

const ACTION_NAMES: Record<TicketAction, string> = {
  assign: vi.button.assign, acknowledge: vi.button.acknowledge, start: vi.button.start, complete: vi.button.complete,
  close: vi.button.close, reopen: vi.button.reopen, pause: vi.button.pause, resume: vi.button.resume, reassign: vi.button.reassign,
  reject: vi.button.reject, edit: 'Sửa (loại, ưu tiên, hệ thống)', set_deadline: '/han (đặt hạn xử lý)', comment: 'Bình luận / đính kèm (trả lời thẻ phiếu)',
  triage: `${vi.button.triage} (xác nhận phân loại)`, snooze: 'Hoãn nhắc hạn (nút trên tin nhắc hạn, cảnh báo)',
}

const NOTES: Partial<Record<TicketAction, string>> = {
  edit: ' (đơn vị báo cáo: chỉ khi Mới hoặc Đã giao)',
  triage: ' (một lần; giao việc, sửa hoặc từ chối phiếu Mới cũng là đã phân loại)',
  snooze: ' (thành viên đơn vị xử lý khi phiếu đã giao; không hoãn báo cáo vượt cấp lên TTCH)',
}

export function rightsTable(reporterMayClose: boolean): string {
  const rows = TICKET_ACTIONS.map((action) => {
    const from = startStatuses(action)
    const keeps = from.every((s) => nextStatus(s, action, s) === s)
    const to = action === 'resume' ? 'trạng thái trước khi tạm dừng' : keeps ? 'không đổi' : vi.status[nextStatus(from[0], action, null)!]
    const roles = rolesAllowed(action, { reporterMayClose }).map((r) => ROLE_NAMES[r])
    const note = NOTES[action] ?? ''
    return `| ${ACTION_NAMES[action]} | ${from.map((s) => vi.status[s]).join(', ')} | ${to} | ${roles.join(', ')}${note} |`
  })
  return ['| Thao tác | Từ trạng thái | Sang trạng thái | Ai được làm |', '|---|---|---|---|', ...rows].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(rightsTable(false))
