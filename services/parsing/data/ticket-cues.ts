/**
 * How a ticket number is presented (corpus/README.md "Tickets"): "ticket 112", "ticket #112", "phiếu 12",
 * "phiếu số 190", "phiếu yêu cầu số 225", "sự cố số 262", "mã yêu cầu 255", "#150". Folded token sequences; the
 * number must follow directly (after an optional "số" / "#"). Phone numbers, document numbers (1234/UBND),
 * versions, error codes, sizes and counts are never tickets: they are other token types or lack these words.
 */
export const TICKET_PREFIXES: readonly string[][] = [
  ['ticket'], ['ticket', 'so'], ['phieu'], ['phieu', 'so'], ['phieu', 'yeu', 'cau'], ['phieu', 'yeu', 'cau', 'so'], ['phieu', 'giao', 'viec'],
  ['phieu', 'giao', 'viec', 'so'], ['su', 'co', 'so'], ['ma', 'yeu', 'cau'], ['ma', 'yeu', 'cau', 'so'], ['ma', 'phieu'], ['ma', 'ticket'],
  ['yeu', 'cau', 'so'], ['phieu', 'viec'],
]
/** Largest number taken as a ticket (larger ones are codes, phones or amounts). */
export const TICKET_MAX = 999_999
