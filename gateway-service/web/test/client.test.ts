import { describe, expect, it } from 'vitest'
import { ApiError, toApiError } from '../src/api/client'

describe('refusals read from the platform\'s problem+json', () => {
  it('keeps the code, the message, every bad row and field and the trace id', async () => {
    const response = new Response(JSON.stringify({
      type: 'https://gjj-hall/errors/ROWS_INVALID', title: '补缴明细有误，请按提示修改', status: 400, code: 'ROWS_INVALID',
      detail: '补缴明细有误，请按提示修改', traceId: 'abc',
      errors: [{ row: 2, field: '补缴年月', message: '补缴年月须早于当前月份' }, { field: '起缴年月', message: '格式不正确' }],
    }), { status: 400, headers: { 'Content-Type': 'application/problem+json' } })
    const error = await toApiError(response)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.code).toBe('ROWS_INVALID')
    expect(error.message).toBe('补缴明细有误，请按提示修改')
    expect(error.errors).toHaveLength(2)
    expect(error.fieldMessage('起缴年月')).toBe('格式不正确')
    expect(error.fieldMessage('补缴年月')).toBeUndefined()
    expect(error.traceId).toBe('abc')
  })

  it('shows the detail when the API gives one, such as the tries left after a wrong password', async () => {
    const error = await toApiError(new Response(JSON.stringify({
      title: '登录密码错误', status: 401, code: 'WRONG_PASSWORD', detail: '登录密码错误，还可尝试5次',
    }), { status: 401, headers: { 'Content-Type': 'application/problem+json' } }))
    expect(error.message).toBe('登录密码错误，还可尝试5次')
    expect(error.title).toBe('登录密码错误')
  })

  it('answers something a person can read when the body is no problem+json', async () => {
    const error = await toApiError(new Response('<html>bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }))
    expect(error.status).toBe(502)
    expect(error.message).toBe('系统繁忙，请稍后再试')
  })
})
