import { describe, expect, it } from 'vitest'
import { MAX_WRONG_PINS, PinTries, type PinTriesStore } from '../src/keys/pinTries'
import { keyFile } from './fixtures'

function memory(): PinTriesStore & { items: Map<string, string> } {
  const items = new Map<string, string>()
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) }
}

describe('wrong PINs, counted per key file as the command line counts them', () => {
  it('says how many tries are left and locks the file after the sixth wrong PIN in a row', async () => {
    const store = memory()
    const tries = await PinTries.of(store, keyFile('sm2.p12'))
    expect(tries.wrongPin()).toBe('PIN码错误，再输错5次证书将被锁定')
    for (let i = 2; i < MAX_WRONG_PINS; i++) tries.wrongPin()
    expect(tries.triesLeft()).toBe(1)
    expect(tries.wrongPin()).toBe('连续6次输错PIN码，证书已无法使用，请到缴存银行办理证书换发')
    expect(tries.isLocked()).toBe(true)
  })

  it('resets the count on the right PIN, and counts each file apart', async () => {
    const store = memory()
    const sm2 = await PinTries.of(store, keyFile('sm2.p12'))
    const p256 = await PinTries.of(store, keyFile('p256.p12'))
    sm2.wrongPin()
    sm2.wrongPin()
    expect(p256.triesLeft()).toBe(MAX_WRONG_PINS)
    sm2.rightPin()
    expect(sm2.triesLeft()).toBe(MAX_WRONG_PINS)
  })

  it('keeps no secret: only a count under the file\'s SHA-256', async () => {
    const store = memory()
    const tries = await PinTries.of(store, keyFile('sm2.p12'))
    tries.wrongPin()
    const [[key, value]] = [...store.items]
    expect(key).toMatch(/^gjj\.pin-tries\.[0-9a-f]{64}$/)
    expect(value).toBe('1')
  })

  it('counts a damaged counter as spent', async () => {
    const store = memory()
    const tries = await PinTries.of(store, keyFile('sm2.p12'))
    tries.wrongPin()
    store.items.set([...store.items.keys()][0], 'garbage')
    expect(tries.isLocked()).toBe(true)
  })
})
