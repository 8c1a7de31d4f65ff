/**
 * 统一社会信用代码 as GB 32100 makes it: 17 characters of its alphabet (no I, O, S, V, Z) and a check
 * character computed from them.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i]
  return ALPHABET[(31 - (sum % 31)) % 31]
}

export function creditCodeProblem(value: string): string | null {
  const code = value.trim().toUpperCase()
  if (!code) return '必输字段不能为空'
  if (code.length !== 18 || [...code].some((c) => !ALPHABET.includes(c))) return '统一社会信用代码不正确'
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return '统一社会信用代码不正确'
  return null
}
