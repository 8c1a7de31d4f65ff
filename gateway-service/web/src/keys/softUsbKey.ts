/**
 * The soft USB key in the page, no plug-in: the operator's PKCS#12 key file (PBES2: PBKDF2 + AES-CBC, as
 * infra/soft-usb-key writes it) is opened here with its PIN and the login challenge signed here. The private key
 * and the PIN stay inside {@link signChallenge}: nothing of them is kept, stored or sent.
 *
 * SM2 keys sign SM3withSM2 with the default signer id (sm-crypto, DER); P-256 keys sign ECDSA SHA-256 through
 * WebCrypto (raw r‖s, turned into DER). The file's MAC (600,000 SHA-1 rounds, seconds in a page) is not checked:
 * a wrong PIN shows as a decryption that fails.
 */
import * as asn1js from 'asn1js'
import { AuthenticatedSafe, Certificate, EncryptedContentInfo, PFX, getEngine } from 'pkijs'
import { sm2 } from 'sm-crypto'

export type KeyAlgorithm = 'SM2' | 'P256'

/** The file is no PKCS#12 key file at all: never a wrong PIN. */
export class NotAKeyFileError extends Error {
  constructor() {
    super('不是有效的证书文件')
  }
}

/** The PIN does not open the key file. */
export class WrongPinError extends Error {
  constructor() {
    super('PIN码错误')
  }
}

export interface SignedChallenge {
  algorithm: KeyAlgorithm
  certificatePem: string
  /** base64 of the DER signature over the challenge's UTF-8 bytes */
  signature: string
}

const SM2_CURVE = '1.2.156.10197.1.301'
const P256_CURVE = '1.2.840.10045.3.1.7'
const SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2'
const CERT_BAG = '1.2.840.113549.1.12.10.1.3'
const ENCRYPTED_DATA = '1.2.840.113549.1.7.6'

/** Reads the file's structure without the PIN: is it a PKCS#12 file at all? */
export function readPfx(file: ArrayBuffer): PFX {
  const parsed = asn1js.fromBER(file)
  if (parsed.offset === -1) throw new NotAKeyFileError()
  try {
    return new PFX({ schema: parsed.result })
  } catch {
    throw new NotAKeyFileError()
  }
}

/** Opens the key file with {@code pin}, signs {@code challenge} and forgets the key. */
export async function signChallenge(file: ArrayBuffer, pin: string, challenge: string): Promise<SignedChallenge> {
  const pfx = readPfx(file)
  const password = new TextEncoder().encode(pin).buffer as ArrayBuffer
  const { pkcs8, certificate } = await openBags(pfx, password)
  const { curve, d } = readEcPrivateKey(pkcs8)
  const data = new TextEncoder().encode(challenge)
  const certificatePem = toPem(certificate)
  if (curve === SM2_CURVE) {
    const signature = sm2.doSignature(Array.from(data), d, { hash: true, der: true })
    return { algorithm: 'SM2', certificatePem, signature: hexToBase64(signature) }
  }
  if (curve === P256_CURVE) {
    const key = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign'])
    const raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, data))
    return { algorithm: 'P256', certificatePem, signature: bytesToBase64(rawToDer(raw)) }
  }
  throw new NotAKeyFileError()
}

async function openBags(pfx: PFX, password: ArrayBuffer): Promise<{ pkcs8: ArrayBuffer; certificate: ArrayBuffer }> {
  try {
    await pfx.parseInternalValues({ password, checkIntegrity: false })
  } catch {
    throw new NotAKeyFileError()
  }
  const safe = pfx.parsedValue?.authenticatedSafe as AuthenticatedSafe | undefined
  if (!safe) throw new NotAKeyFileError()
  try {
    await safe.parseInternalValues({
      safeContents: safe.safeContents.map((info) => (info.contentType === ENCRYPTED_DATA ? { password } : {})),
    })
  } catch {
    throw new WrongPinError()
  }
  let pkcs8: ArrayBuffer | undefined
  let certificate: ArrayBuffer | undefined
  for (const contents of safe.parsedValue.safeContents) {
    for (const bag of contents.value.safeBags) {
      if (bag.bagId === SHROUDED_KEY_BAG && !pkcs8) {
        pkcs8 = await decryptKey(bag.bagValue, password)
      } else if (bag.bagId === CERT_BAG && !certificate) {
        certificate = (bag.bagValue.parsedValue as Certificate).toSchema().toBER(false)
      }
    }
  }
  if (!pkcs8 || !certificate) throw new NotAKeyFileError()
  return { pkcs8, certificate }
}

async function decryptKey(bag: { encryptionAlgorithm: unknown; encryptedData: unknown }, password: ArrayBuffer) {
  const engine = getEngine().crypto
  if (!engine) throw new Error('this browser has no WebCrypto (the page must be served over HTTPS or from localhost)')
  try {
    return await engine.decryptEncryptedContentInfo({
      encryptedContentInfo: new EncryptedContentInfo({
        contentEncryptionAlgorithm: bag.encryptionAlgorithm as never,
        encryptedContent: bag.encryptedData as never,
      }),
      password,
    })
  } catch {
    throw new WrongPinError()
  }
}

/** PKCS#8 PrivateKeyInfo → the curve and the private scalar d (hex): read with asn1js, as pkijs knows no SM2. */
export function readEcPrivateKey(pkcs8: ArrayBuffer): { curve: string; d: string } {
  const info = asn1js.fromBER(pkcs8)
  if (info.offset === -1 || !(info.result instanceof asn1js.Sequence)) throw new WrongPinError()
  const [, algorithm, privateKey] = info.result.valueBlock.value as asn1js.AsnType[]
  if (!(algorithm instanceof asn1js.Sequence) || !(privateKey instanceof asn1js.OctetString)) throw new WrongPinError()
  const curveOid = algorithm.valueBlock.value[1]
  if (!(curveOid instanceof asn1js.ObjectIdentifier)) throw new WrongPinError()
  const ecKey = asn1js.fromBER(privateKey.valueBlock.valueHexView)
  if (ecKey.offset === -1 || !(ecKey.result instanceof asn1js.Sequence)) throw new WrongPinError()
  const scalar = ecKey.result.valueBlock.value[1]
  if (!(scalar instanceof asn1js.OctetString)) throw new WrongPinError()
  return { curve: curveOid.valueBlock.toString(), d: bytesToHex(scalar.valueBlock.valueHexView).padStart(64, '0') }
}

/** Raw r‖s (32 + 32 bytes) → DER SEQUENCE { r INTEGER, s INTEGER }, as JCA signs and identity-service verifies. */
export function rawToDer(raw: Uint8Array): Uint8Array {
  if (raw.length !== 64) throw new Error('a raw P-256 signature has 64 bytes')
  const integer = (bytes: Uint8Array) => {
    let start = 0
    while (start < bytes.length - 1 && bytes[start] === 0) start++
    const trimmed = bytes.slice(start)
    const value = trimmed[0] & 0x80 ? Uint8Array.of(0, ...trimmed) : trimmed
    return Uint8Array.of(0x02, value.length, ...value)
  }
  const r = integer(raw.slice(0, 32))
  const s = integer(raw.slice(32))
  return Uint8Array.of(0x30, r.length + s.length, ...r, ...s)
}

export function toPem(der: ArrayBuffer): string {
  const base64 = bytesToBase64(new Uint8Array(der))
  return '-----BEGIN CERTIFICATE-----\n' + base64.replace(/(.{64})/g, '$1\n').replace(/\n$/, '') +
    '\n-----END CERTIFICATE-----\n'
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function hexToBase64(hex: string): string {
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(i * 2, 2), 16)
  return bytesToBase64(bytes)
}

export function bytesToBase64(bytes: Uint8Array): string {
  let text = ''
  for (const b of bytes) text += String.fromCharCode(b)
  return btoa(text)
}
