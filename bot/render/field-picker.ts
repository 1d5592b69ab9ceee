import type { InlineKeyboardButton } from 'grammy/types'
import { CATEGORIES, PRIORITIES, SYSTEMS } from '../../services/tickets/types.ts'
import { vi } from '../messages/vi.ts'
import { encodeCallback, type CallbackAction } from './callback-data.ts'
import { rows } from './card.ts'

export type EditField = 'category' | 'priority' | 'system'
export type PickerMenu = 'edit' | 'edit_category' | 'edit_priority' | 'edit_system'

const MENU_OF: Record<EditField, Exclude<PickerMenu, 'edit'>> = { category: 'edit_category', priority: 'edit_priority', system: 'edit_system' }

/**
 * The Sửa… pickers, shared by ticket cards and draft cards: first the field, then its value. `open` and `set` say
 * which callback each button carries; `back` is the row that leaves the picker.
 */
export function fieldPicker(
  menu: PickerMenu,
  open: (menu: Exclude<PickerMenu, 'edit'>) => CallbackAction,
  set: (field: EditField, value: string) => CallbackAction,
  back: InlineKeyboardButton[],
): InlineKeyboardButton[][] {
  const button = (text: string, a: CallbackAction): InlineKeyboardButton => ({ text, callback_data: encodeCallback(a) })
  switch (menu) {
    case 'edit':
      return [[
        button(vi.button.editCategory, open(MENU_OF.category)),
        button(vi.button.editPriority, open(MENU_OF.priority)),
        button(vi.button.editSystem, open(MENU_OF.system)),
      ], back]
    case 'edit_category':
      return [...rows(CATEGORIES.map((c) => button(vi.category[c], set('category', String(c)))), 1), back]
    case 'edit_priority':
      return [...rows(PRIORITIES.map((p) => button(vi.priority[p], set('priority', p))), 2), back]
    case 'edit_system':
      return [...rows(SYSTEMS.map((s) => button(vi.system[s], set('system', s))), 2), back]
  }
}
