/** The hall's calls, one function per API operation, grouped by the service that owns them. */
import { del, download, get, post, put, upload } from './client'
import type {
  ServiceAgreement, Department, Employee, Home, LedgerEntry, OrderLine, OrderPayment, OrderView, Page, RequestOutcome,
  Session, SettlementMethod, TransactionStatus, UnitAccount, UnitEntry, CollectionAgreement, AgreementApplication,
  CooperatingBank, DebitStatus, PayerAccountInput,
} from './types'

const q = (params: Record<string, string | number | undefined | null>) => {
  const query = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v))
  const text = query.toString()
  return text ? '?' + text : ''
}
const id = encodeURIComponent

export const identity = {
  challenge: () => post<{ challenge: string }>('/api/identity/login-challenges'),
  login: (body: { loginName: string; password: string; challenge?: string; certificate?: string; signature?: string }) =>
    post<Session>('/api/identity/sessions', body),
  logout: () => del<void>('/api/identity/sessions/current'),
  currentUnit: () => get<UnitEntry>('/api/identity/units/current'),
  serviceAgreement: () => get<ServiceAgreement>('/api/identity/units/current/service-agreement'),
  openOnlineBusiness: (body: {
    agreementVersion: string; agreed: boolean; unifiedSocialCreditCode: string; unitName: string
    contactName: string; contactMobile: string; queryPassword: string
  }) => post<{ unitId: string; openedAt: string }>('/api/identity/units/current/online-business', body),
}

export const remittance = {
  home: () => get<Home>('/api/remittance/home'),
  orders: (state?: string) => get<OrderView[]>('/api/remittance/orders' + q({ state })),
  order: (orderId: string) => get<OrderView>('/api/remittance/orders/' + id(orderId)),
  lines: (orderId: string, offset = 0, limit = 500) =>
    get<OrderLine[]>('/api/remittance/orders/' + id(orderId) + '/lines' + q({ offset, limit })),
  payments: (orderId: string) => get<OrderPayment[]>('/api/remittance/orders/' + id(orderId) + '/payments'),
  enterMonthly: (month: string, clientKey: string) =>
    post<RequestOutcome>('/api/remittance/orders/monthly', { month, clientKey }),
  enterBackPayment: (lines: { personalAccountNumber: string; month: string }[], clientKey: string) =>
    post<RequestOutcome>('/api/remittance/orders/back-payments', { lines, clientKey }),
  importBackPayments: (file: File, declaredCount: number, clientKey: string, progress: (p: number) => void) => {
    const form = new FormData()
    form.append('file', file)
    form.append('declaredCount', String(declaredCount))
    form.append('clientKey', clientKey)
    return upload<RequestOutcome>('/api/remittance/orders/back-payments/imports', form, progress)
  },
  submit: (orderId: string, clientKey: string) =>
    post<RequestOutcome>('/api/remittance/orders/' + id(orderId) + '/submission', { clientKey }),
  review: (orderId: string, settlementMethod: SettlementMethod, clientKey: string) =>
    post<RequestOutcome>('/api/remittance/orders/' + id(orderId) + '/review', { clientKey, settlementMethod }),
  resubmitCollection: (orderId: string, clientKey: string) =>
    post<RequestOutcome>('/api/remittance/orders/' + id(orderId) + '/collection-resubmission', { clientKey }),
  discard: (orderId: string) => del<void>('/api/remittance/orders/' + id(orderId)),
  cancel: (auditNumber: string, clientKey: string) =>
    post<RequestOutcome>('/api/remittance/cancellations', { auditNumber, clientKey }),
  result: (auditNumber: string) => get<OrderView>('/api/remittance/results/' + id(auditNumber)),
  downloadSlip: (orderId: string) => download('/api/remittance/orders/' + id(orderId) + '/slip', '汇补缴书-' + orderId + '.pdf'),
  downloadTemplate: (format: 'csv' | 'xlsx') =>
    download('/api/remittance/imports/back-payment-template.' + format, '补缴模板.' + format),
}

export interface RosterFilter {
  name?: string
  idNumber?: string
  status?: string
  departmentId?: string
  page?: number
  size?: number
}

export const account = {
  unit: () => get<UnitAccount>('/api/account/unit'),
  unitLedger: (page = 0, size = 20) => get<Page<LedgerEntry>>('/api/account/unit/ledger' + q({ page, size })),
  departments: () => get<Department[]>('/api/account/unit/departments'),
  addDepartment: (name: string) => post<{ departmentId: string }>('/api/account/unit/departments', { name }),
  renameDepartment: (departmentId: string, name: string) =>
    put<Department>('/api/account/unit/departments/' + id(departmentId), { name }),
  removeDepartment: (departmentId: string) => del<void>('/api/account/unit/departments/' + id(departmentId)),
  roster: (filter: RosterFilter) => get<Page<Employee>>('/api/account/employees' + q({ ...filter })),
  employee: (accountNumber: string) => get<Employee>('/api/account/employees/' + id(accountNumber)),
  ledger: (accountNumber: string, page = 0, size = 20) =>
    get<Page<LedgerEntry>>('/api/account/employees/' + id(accountNumber) + '/ledger' + q({ page, size })),
  open: (body: { idNumber: string; name: string; mobile?: string; departmentId?: string; base: string; startMonth: string }) =>
    post<Employee>('/api/account/employees', body),
  transferIn: (idNumber: string, departmentId?: string) =>
    post<Employee>('/api/account/employees/transfers', { idNumber, departmentId }),
  seal: (accountNumber: string, reason: string) =>
    post<Employee>('/api/account/employees/' + id(accountNumber) + '/seal', { reason }),
  unseal: (accountNumber: string, base: string, startMonth: string) =>
    post<Employee>('/api/account/employees/' + id(accountNumber) + '/unseal', { base, startMonth }),
  changeBase: (accountNumber: string, base: string, effectiveMonth: string) =>
    put<Employee>('/api/account/employees/' + id(accountNumber) + '/base', { base, effectiveMonth }),
  changeInfo: (accountNumber: string, name: string, mobile: string) =>
    put<Employee>('/api/account/employees/' + id(accountNumber) + '/personal-info', { name, mobile }),
  upgradeId: (accountNumber: string, newIdNumber: string) =>
    post<Employee>('/api/account/employees/' + id(accountNumber) + '/id-upgrade', { newIdNumber }),
  moveDepartment: (accountNumber: string, departmentId: string) =>
    put<Employee>('/api/account/employees/' + id(accountNumber) + '/department', { departmentId }),
  downloadRoster: (format: 'csv' | 'xlsx') => download('/api/account/employees/roster.' + format, '职工清册.' + format),
  downloadInterestVoucher: (year: number) =>
    download('/api/account/unit/interest-vouchers/' + year + '/voucher.pdf', '单位利息凭证-' + year + '.pdf'),
  downloadInterestStatement: (accountNumber: string, year: number) =>
    download('/api/account/employees/' + id(accountNumber) + '/interest-statements/' + year + '/statement.pdf',
      '个人利息对账单-' + accountNumber + '-' + year + '.pdf'),
}

export const audit = {
  transaction: (key: string) => get<TransactionStatus>('/api/audit/transactions/' + id(key)),
  transactions: (state?: string, page = 0) => get<Page<TransactionStatus>>('/api/audit/transactions' + q({ state, page })),
}

export const collection = {
  agreement: () => get<CollectionAgreement>('/api/collection/agreement'),
  applications: () => get<AgreementApplication[]>('/api/collection/agreement/applications'),
  apply: (type: 'OPENING' | 'CHANGE', accounts: PayerAccountInput[], replacedAccountNumbers: string[] = []) =>
    post<AgreementApplication>('/api/collection/agreement/applications', { type, accounts, replacedAccountNumbers }),
  cancelAccounts: (accountNumbers: string[]) =>
    post<AgreementApplication>('/api/collection/agreement/account-cancellations', { accountNumbers }),
  cancel: () => post<AgreementApplication>('/api/collection/agreement/cancellation', { terminationAgreed: true }),
  banks: () => get<CooperatingBank[]>('/api/collection/banks'),
  debits: (state?: string) => get<DebitStatus[]>('/api/collection/debits' + q({ state })),
  downloadForm: (applicationId: string) =>
    download('/api/collection/agreement-applications/' + id(applicationId) + '/form', '委托收款登记表-' + applicationId + '.pdf'),
}
