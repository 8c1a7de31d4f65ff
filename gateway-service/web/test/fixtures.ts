import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** The key files the Maven build makes with the soft USB key's own Java code (gateway-service web.KeyFileFixtures). */
const DIRECTORY = process.env.GJJ_WEB_FIXTURES ?? resolve(__dirname, '../../target/web-fixtures')

export const PIN = '123456'

export function keyFile(name: 'sm2.p12' | 'p256.p12' | 'not-a-key.p12'): ArrayBuffer {
  const file = resolve(DIRECTORY, name)
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: the Maven build makes it (mvn -pl gateway-service test, or run ` +
      'com.gjjhall.gateway.web.KeyFileFixtures with the directory as its argument)')
  }
  const bytes = readFileSync(file)
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}
