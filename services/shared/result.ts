/** Expected failures are values: a result carries either a value or a stable reason code. */
export type Result<T, E extends string = string> = { ok: true; value: T } | { ok: false; reason: E; detail?: Record<string, unknown> }

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value })
export const fail = <E extends string>(reason: E, detail?: Record<string, unknown>): { ok: false; reason: E; detail?: Record<string, unknown> } =>
  detail ? { ok: false, reason, detail } : { ok: false, reason }
