import { describe, expect, it } from 'vitest'
import { ApiError } from '../src/api/client'
import { problemText, useAction } from '../src/views/shared/action'

describe('a page\'s action', () => {
  it('says a refusal with every bad field, the row first where it has one', () => {
    const error = new ApiError({
      title: '必输字段不能为空', status: 400, code: 'INVALID_INPUT',
      errors: [{ field: '手机号码', message: '手机号码不正确' }, { row: 3, field: '姓名', message: '必输字段不能为空' }],
    })
    expect(problemText(error)).toBe('必输字段不能为空；手机号码：手机号码不正确；第3行 姓名：必输字段不能为空')
  })

  it('runs once while busy: a double click does the work once', async () => {
    const { run, busy, done } = useAction()
    let calls = 0
    let finish: () => void = () => {}
    const first = run(() => new Promise<string>((resolve) => {
      calls++
      finish = () => resolve('已办理')
    }))
    expect(busy.value).toBe(true)
    expect(await run(async () => { calls++ })).toBe(false)
    finish()
    expect(await first).toBe(true)
    expect(calls).toBe(1)
    expect(busy.value).toBe(false)
    expect(done.value).toBe('已办理')
  })

  it('keeps the refusal and clears it on the next try', async () => {
    const { run, error, done } = useAction()
    await run(async () => { throw new ApiError({ title: '证书非法或者不存在', status: 401, code: 'CERTIFICATE_INVALID' }) })
    expect(error.value).toBe('证书非法或者不存在')
    await run(async () => '已注销')
    expect(error.value).toBe('')
    expect(done.value).toBe('已注销')
  })
})
