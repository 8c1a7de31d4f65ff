/** The fund centre's console calls (roles CLERK and OPS), on the same client as the hall's. */
import { del, download, get, post, put, saveAs } from './client'
import type { AgreementApplication, TransactionStatus } from './types'

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

/** A view's live version and how far behind the log it is. */
export interface ViewStatus {
  view: string
  liveVersion: number
  position: number
  behind: number
}

/** A rebuild of a view by replay (see audit-service's RebuildJob). */
export interface RebuildJob {
  id: string
  view: string
  version: number
  upTo?: string
  status: 'RUNNING' | 'DONE' | 'FAILED' | 'DISCARDED'
  phase: string
  processed: number
  total: number
  position: number
  differences?: number
  error?: string
  startedAt: string
  finishedAt?: string
  percent: number
  eventsPerSecond: number
}

export interface Difference {
  table: string
  key: string
  live?: string
  rebuilt?: string
}

export interface Differences {
  liveVersion: number
  livePosition: number
  rebuiltVersion: number
  rebuiltPosition: number
  total: number
  shown: Difference[]
}

/** A rebuild of the log from Kafka. */
export interface RefillJob {
  id: string
  status: 'RUNNING' | 'DONE' | 'FAILED'
  partitions: number
  total: number
  read: number
  appended: number
  duplicates: number
  error?: string
  startedAt: string
  finishedAt?: string
  percent: number
}

export interface AuditEntry {
  sequenceNo: number
  eventId: string
  eventType: string
  source: string
  subject: string
  unitId?: string
  occurredAt: string
  recordedAt: string
  traceId?: string
  payload: string
}

export interface LogFilter {
  transaction?: string
  type?: string
  unit?: string
  from?: string
  to?: string
}

export interface LogPage {
  entries: AuditEntry[]
  next?: number
}

export interface ServiceHealth {
  service: string
  status: string
  checkedAt: string
  latencyMs: number
  details?: unknown
}

const id = encodeURIComponent

function query(params: Record<string, string | number | undefined>): string {
  const set = Object.entries(params).filter(([, v]) => v !== undefined && v !== '')
  return set.length ? '?' + new URLSearchParams(set.map(([k, v]) => [k, String(v)])).toString() : ''
}

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
  /** 操作员变更. */
  changeOperator: (operatorId: string, operatorName: string, mobile: string) =>
    put<OperatorEntry>('/api/identity/operators/' + id(operatorId), { operatorName, mobile }),
  /** 用户变更: a new login name, a new password, or both; the operator is unfrozen. */
  resetCredentials: (operatorId: string, loginName?: string, password?: string) =>
    post<OperatorEntry>('/api/identity/operators/' + id(operatorId) + '/credential-resets',
      { loginName: loginName || undefined, password: password || undefined }),
  collectionApplications: (unitId: string) =>
    get<AgreementApplication[]>('/api/collection/agreements/' + id(unitId) + '/applications'),
  /** 生效: the bank's counter confirms an application its check passed. */
  confirmApplication: (applicationId: string) =>
    post<AgreementApplication>('/api/collection/agreement-applications/' + id(applicationId) + '/confirmation'),
  search: (q: string) => get<SearchResult>('/api/identity/search' + query({ q })),
}

export interface SearchResult {
  units: { unitId: string; unitName: string; unifiedSocialCreditCode?: string }[]
  operators: OperatorEntry[]
  certificates: CertificateEntry[]
}

export const DOMAINS = ['identity', 'account', 'remittance', 'collection', 'audit'] as const

export const ops = {
  verifyLog: () => post<VerifyReport>('/api/audit/ops/log/verify'),
  log: (filter: LogFilter, after = 0, size = 50) => get<LogPage>('/api/audit/ops/log' + query({ ...filter, after, size })),
  exportLog: (filter: LogFilter = {}) =>
    download('/api/audit/ops/log/export' + query({ ...filter, format: 'csv' }), '审计日志.csv'),
  refills: () => get<RefillJob[]>('/api/audit/ops/log/rebuild-from-kafka'),
  refill: (jobId: string) => get<RefillJob>('/api/audit/ops/log/rebuild-from-kafka/' + id(jobId)),
  startRefill: () => post<RefillJob>('/api/audit/ops/log/rebuild-from-kafka'),
  views: () => get<ViewStatus[]>('/api/audit/ops/views'),
  rebuilds: (view: string) => get<RebuildJob[]>('/api/audit/ops/views/' + id(view) + '/rebuilds'),
  rebuild: (view: string, jobId: string) => get<RebuildJob>('/api/audit/ops/views/' + id(view) + '/rebuilds/' + id(jobId)),
  startRebuild: (view: string, upTo?: string) =>
    post<RebuildJob>('/api/audit/ops/views/' + id(view) + '/rebuilds', { upTo: upTo || undefined }),
  differences: (view: string, jobId: string) =>
    get<Differences>('/api/audit/ops/views/' + id(view) + '/rebuilds/' + id(jobId) + '/differences'),
  discardRebuild: (view: string, jobId: string) => del<void>('/api/audit/ops/views/' + id(view) + '/rebuilds/' + id(jobId)),
  transaction: (key: string) => get<TransactionStatus>('/api/audit/ops/transactions/' + id(key)),
  deadLetters: (domain: string) => get<DeadLetter[]>('/api/' + domain + '/ops/dead-letters'),
  redrive: (domain: string) => post<RedriveReport>('/api/' + domain + '/ops/dead-letters/redrive'),
  redriveOne: (domain: string, position: string) =>
    post<RedriveReport>('/api/' + domain + '/ops/dead-letters/' + id(position) + '/redrive'),
  health: () => get<ServiceHealth[]>('/api/ops/health'),
}

/** A key file handed over once, as the browser's download: it is not kept anywhere on the page. */
export function saveKeyFile(base64: string, fileName: string) {
  saveAs(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'application/x-pkcs12' }), fileName)
}
