/** The API's answers as the pages use them (names as the services publish them). */

export interface Session {
  token: string
  expiresAt: string
  operatorId: string
  unitId: string
  loginName: string
  roles: string[]
  onlineBusinessOpened: boolean
}

export interface UnitEntry {
  unitId: string
  unifiedSocialCreditCode: string
  unitName: string
  enrolledAt: string
  agreementVersion?: string
  onlineBusinessOpenedAt?: string
  contactName?: string
}

export interface ServiceAgreement {
  version: string
  title: string
  text: string
}

export type OrderState = 'ENTERED' | 'SUBMITTED' | 'PROCESSING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'EXPIRED' | 'DISCARDED'
export type SettlementMethod = 'CASH_CHEQUE' | 'BANK_TRANSFER' | 'ENTRUSTED_COLLECTION'

export const SETTLEMENT_METHODS: { value: SettlementMethod; label: string }[] = [
  { value: 'BANK_TRANSFER', label: '网银转账' },
  { value: 'CASH_CHEQUE', label: '现金/支票' },
  { value: 'ENTRUSTED_COLLECTION', label: '委托收款' },
]

export interface OrderView {
  orderId: string
  unitId: string
  kind: string
  kindName: string
  months: string[]
  lineCount: number
  totalFen: number
  state: OrderState
  stateName: string
  enteredBy: string
  enteredAt: string
  submittedBy?: string
  reviewedBy?: string
  reviewedAt?: string
  settlementMethod?: SettlementMethod
  settlementMethodName?: string
  auditNumber?: string
  expiresAt?: string
  debitRequestId?: string
  reasonCode?: string
  reason?: string
  retryable: boolean
  paidBy?: string
  creditedAt?: string
  /** Only while a 网银转账 order waits for its money: where to pay and the memo to write. */
  bankTransfer?: BankTransfer
}

/** The fund's receiving account (公积金归集户) to transfer to, and the memo (附言): the audit number alone. */
export interface BankTransfer {
  payeeAccountName: string
  payeeAccountNumber: string
  payeeBankName: string
  memo: string
}

export interface Home {
  toMaintain: OrderView[]
  toReview: OrderView[]
  toResubmit: OrderView[]
}

export interface RequestOutcome {
  orderId: string
  operation: string
  state: OrderState
  stateName: string
  auditNumber?: string
  replayed: boolean
}

export interface OrderLine {
  personalAccountNumber: string
  name: string
  month: string
  baseFen: number
  unitAmountFen: number
  personalAmountFen: number
  [more: string]: unknown
}

export interface OrderPayment {
  paymentId: string
  outcome: string
  amountFen: number
  [more: string]: unknown
}

export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

export interface Employee {
  personalAccountNumber: string
  name: string
  idNumber: string
  mobile?: string
  departmentId?: string
  departmentName?: string
  statusCode: string
  statusName: string
  baseFen: number
  base: string
  baseFromMonth?: string
  unitRatePercent: number
  personalRatePercent: number
  monthlyDepositFen: number
  monthlyDeposit: string
  balanceFen: number
  balance: string
  startMonth: string
  sealedFromMonth?: string
  paidUpToMonth?: string
  openedAt: string
}

export interface LedgerEntry {
  valueDate: string
  businessTypeCode: string
  businessType: string
  month?: string
  amountFen: number
  amount: string
  balanceAfterFen?: number
  headcount?: number
  reference?: string
  summary?: string
}

export interface UnitAccount {
  unitId: string
  unitAccountNumber: string
  unitName: string
  unitRatePercent: number
  personalRatePercent: number
  ratesFromMonth?: string
  address?: string
  contactName?: string
  contactPhone?: string
  closed: boolean
}

export interface Department {
  departmentId: string
  name: string
}

export interface TimelineItem {
  sequenceNo: number
  at: string
  service: string
  eventType: string
  description: string
  operator?: string
}

export interface TransactionStatus {
  transactionId: string
  auditNumber?: string
  kind: string
  unitId: string
  unitName?: string
  state: string
  stateCode: string
  reason?: string
  totalFen?: number
  settlementMethod?: string
  startedAt?: string
  updatedAt?: string
  timeline?: TimelineItem[]
}

export interface PayerAccountInput {
  bankCode: string
  accountNumber: string
  accountName: string
}

export interface AgreementAccount extends PayerAccountInput {
  position: number
  bankName: string
  signingRequired: boolean
  signedAt?: string
  effectiveAt?: string
}

export interface AgreementApplication {
  applicationId: string
  applicationType: string
  applicationTypeText: string
  state: string
  stateText: string
  addedAccounts: PayerAccountInput[]
  removedAccountNumbers: string[]
  submittedAt: string
  refusedAccountNumber?: string
  refusalReason?: string
  decidedAt?: string
}

export interface CollectionAgreement {
  unitId: string
  unitName: string
  agreementId?: string
  state: string
  stateText: string
  accounts: AgreementAccount[]
  applicationInProgress?: AgreementApplication
}

export interface CooperatingBank {
  code: string
  name: string
  signingRequired: boolean
}

export interface DebitStatus {
  auditNumber: string
  state: string
  stateText: string
  amountFen: number
  bankCode: string
  payerAccountNumber: string
  reason?: string
  requestedAt: string
  updatedAt: string
}
