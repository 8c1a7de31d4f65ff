import { describe, expect, it } from 'vitest'
import { idCheckCharacter, idNumberProblem } from '../src/forms/idNumber'
import { creditCodeProblem } from '../src/forms/creditCode'
import { currentMonth, yuan } from '../src/forms/money'

describe('form checks the API also makes', () => {
  it('knows an ID number by its GB 11643 check character', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X')
    expect(idNumberProblem('11010519491231002X')).toBeNull()
    expect(idNumberProblem('110105194912310021')).toBe('身份证号码校验位不正确')
    expect(idNumberProblem('11010519491231002')).toBe('身份证号码须为18位')
    expect(idNumberProblem(' ')).toBe('必输字段不能为空')
  })

  it('knows a unified social credit code by its GB 32100 check character', () => {
    expect(creditCodeProblem('91420100MA4K00002Y')).toBeNull()
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull()
    expect(creditCodeProblem('91420100MA4K00002X')).toBe('统一社会信用代码不正确')
    expect(creditCodeProblem('91420100MA4K0000')).toBe('统一社会信用代码不正确')
  })

  it('shows fen as yuan and months as the API writes them', () => {
    expect(yuan(1234567)).toBe('12,345.67')
    expect(yuan(5)).toBe('0.05')
    expect(currentMonth(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12')
  })
})
