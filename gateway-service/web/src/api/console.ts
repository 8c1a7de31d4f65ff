/** The fund centre's console calls (roles CLERK and OPS), on the same client as the hall's. */
import { download, get, post, saveAs } from './client'

export interface OperatorEntry {
  operatorId: string
  unitId: string
  loginName: string
  operatorName?: string
  mobile?: string
  roles: string[]
  frozen: boolean
}

export interface CertificateEntry {
  serialNumber: string
  unitId: string
  operatorId: string
  algorithm: 'SM2' | 'ECDSA_P256'
  notBefore: string
  notAfter: string
  status: string
  revokedAt?: string
  revocationReason?: string
}

export interface IssuedKey extends CertificateEntry {
  keyFileName?: string
  keyFile?: string
  pin?: string
}

export interface VerifyReport {
  intact: boolean
  checkedEntries: number
  lastSequenceNo: number
  firstBrokenSequenceNo?: number
  problem?: string
}

export interface DeadLetter {
  position: string
  eventId: string
  eventType: string
  originalTopic: string
  error: string
  payload: string
}

export interface RedriveReport {
  applied: number
  alreadyApplied: number
  parkedAgain: DeadLetter[]
}

const id = encodeURIComponent

export const clerk = {
  enrolUnit: (unifiedSocialCreditCode: string, unitName: string) =>
    post<{ unitId: string }>('/api/identity/units', { unifiedSocialCreditCode, unitName }),
  openFundAccount: (unitId: string, unitName: string, unitRatePercent: number, personalRatePercent: number) =>
    post<unknown>('/api/account/units', { unitId, unitName, unitRatePercent, personalRatePercent }),
  operators: (unitId: string) => get<OperatorEntry[]>('/api/identity/units/' + id(unitId) + '/operators'),
  registerOperator: (body: { unitId: string; loginName: string; operatorName: string; mobile: string; initialPassword: string }) =>
    post<{ operatorId: string }>('/api/identity/operators', body),
  certificates: (unitId: string) => get<CertificateEntry[]>('/api/identity/certificates?unitId=' + id(unitId)),
  issueKey: (operatorId: string, algorithm: 'SM2' | 'ECDSA_P256', pin?: string) =>
    post<IssuedKey>('/api/identity/certificates', { operatorId, algorithm, pin: pin || undefined }),
  revoke: (serialNumber: string, reason: string) =>
    post<CertificateEntry>('/api/identity/certificates/' + id(serialNumber) + '/revocation', { reason }),
  reissue: (serialNumber: string, algorithm: 'SM2' | 'ECDSA_P256', pin?: string) =>
    post<IssuedKey>('/api/identity/certificates/' + id(serialNumber) + '/reissue',
      { algorithm, reason: 'SUPERSEDED', pin: pin || undefined }),
}

export const DOMAINS = ['identity', 'account', 'remittance', 'collection', 'audit'] as const

export const ops = {
  verifyLog: () => post<VerifyReport>('/api/audit/ops/log/verify'),
  exportLog: () => download('/api/audit/ops/log/export?format=csv', '审计日志.csv'),
  deadLetters: (domain: string) => get<DeadLetter[]>('/api/' + domain + '/ops/dead-letters'),
  redrive: (domain: string) => post<RedriveReport>('/api/' + domain + '/ops/dead-letters/redrive'),
}

/** A key file handed over once, as the browser's download: it is not kept anywhere on the page. */
export function saveKeyFile(base64: string, fileName: string) {
  saveAs(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'application/x-pkcs12' }), fileName)
}
