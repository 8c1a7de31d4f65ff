/** Money as the pages show it: fen (分) from the API, yuan (元) with two decimals on screen. */
export function yuan(fen: number | undefined | null): string {
  if (fen == null) return ''
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return sign + Math.floor(abs / 100).toLocaleString('zh-CN') + '.' + String(abs % 100).padStart(2, '0')
}

/** The current month in Shanghai, as the API writes months: 2026-12. */
export function currentMonth(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .formatToParts(now)
  return parts.find((p) => p.type === 'year')!.value + '-' + parts.find((p) => p.type === 'month')!.value
}

export function dateTime(iso: string | undefined | null): string {
  if (!iso) return ''
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
}
