import { describe, expect, it } from 'vitest'
import * as asn1js from 'asn1js'
import { Certificate } from 'pkijs'
import { sm2 } from 'sm-crypto'
import { NotAKeyFileError, WrongPinError, bytesToHex, rawToDer, signChallenge } from '../src/keys/softUsbKey'
import { PIN, keyFile } from './fixtures'

const CHALLENGE = 'gjj-login-challenge-7f3a9c'

function certificateOf(pem: string): Certificate {
  const der = Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64')
  return new Certificate({ schema: asn1js.fromBER(new Uint8Array(der)).result })
}

function publicKeyBytes(pem: string): Uint8Array {
  return certificateOf(pem).subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView
}

describe('the soft USB key in the page', () => {
  it('signs the challenge with an SM2 key file: SM3withSM2, default signer id, DER, verified with its certificate', async () => {
    const signed = await signChallenge(keyFile('sm2.p12'), PIN, CHALLENGE)
    expect(signed.algorithm).toBe('SM2')
    expect(signed.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----\n/)
    const der = Buffer.from(signed.signature, 'base64')
    expect(der[0]).toBe(0x30)
    const publicKey = bytesToHex(publicKeyBytes(signed.certificatePem))
    expect(sm2.doVerifySignature(CHALLENGE, der.toString('hex'), publicKey, { hash: true, der: true })).toBe(true)
    expect(sm2.doVerifySignature(CHALLENGE + 'x', der.toString('hex'), publicKey, { hash: true, der: true })).toBe(false)
  })

  it('signs the challenge with a P-256 key file through WebCrypto, as DER, verified with its certificate', async () => {
    const signed = await signChallenge(keyFile('p256.p12'), PIN, CHALLENGE)
    expect(signed.algorithm).toBe('P256')
    const der = new Uint8Array(Buffer.from(signed.signature, 'base64'))
    expect(der[0]).toBe(0x30)
    const spki = certificateOf(signed.certificatePem).subjectPublicKeyInfo.toSchema().toBER(false)
    const key = await crypto.subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify'])
    const raw = derToRaw(der)
    const data = new TextEncoder().encode(CHALLENGE)
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, raw, data)).toBe(true)
  })

  it('tells a wrong PIN from a file that is no key file', async () => {
    await expect(signChallenge(keyFile('sm2.p12'), '000000', CHALLENGE)).rejects.toBeInstanceOf(WrongPinError)
    await expect(signChallenge(keyFile('p256.p12'), '654321', CHALLENGE)).rejects.toBeInstanceOf(WrongPinError)
    await expect(signChallenge(keyFile('not-a-key.p12'), PIN, CHALLENGE)).rejects.toBeInstanceOf(NotAKeyFileError)
    await expect(signChallenge(new TextEncoder().encode('hello').buffer as ArrayBuffer, PIN, CHALLENGE))
      .rejects.toBeInstanceOf(NotAKeyFileError)
  })

  it('turns raw r‖s into the DER JCA verifies, with a leading zero where the high bit is set', () => {
    const raw = new Uint8Array(64)
    raw[0] = 0x80
    raw[31] = 1
    raw[63] = 2
    const der = rawToDer(raw)
    expect(Array.from(der.slice(0, 5))).toEqual([0x30, 38, 0x02, 33, 0x00])
    expect(Array.from(der.slice(-3))).toEqual([0x02, 1, 2])
  })
})

function derToRaw(der: Uint8Array): Uint8Array {
  const sequence = asn1js.fromBER(der).result as asn1js.Sequence
  const [r, s] = sequence.valueBlock.value as asn1js.Integer[]
  const pad = (bytes: Uint8Array) => {
    const trimmed = bytes[0] === 0 ? bytes.slice(1) : bytes
    const out = new Uint8Array(32)
    out.set(trimmed, 32 - trimmed.length)
    return out
  }
  const raw = new Uint8Array(64)
  raw.set(pad(r.valueBlock.valueHexView), 0)
  raw.set(pad(s.valueBlock.valueHexView), 32)
  return raw
}
