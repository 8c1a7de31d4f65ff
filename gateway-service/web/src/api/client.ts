/**
 * The one way the pages reach the platform: the gateway's /api, same origin, the session's token on every call,
 * every refusal as an {@link ApiError} read from the platform's problem+json (code, Chinese message, the row and
 * field of each bad input, the trace id to quote to the help desk).
 */

export interface FieldProblem {
  row?: number
  field: string
  message: string
}

export interface Problem {
  type?: string
  title: string
  status: number
  code: string
  detail?: string
  errors?: FieldProblem[]
  traceId?: string
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly errors: FieldProblem[]
  readonly traceId?: string

  constructor(problem: Problem) {
    super(problem.detail || problem.title)
    this.status = problem.status
    this.code = problem.code
    this.title = problem.title
    this.errors = problem.errors ?? []
    this.traceId = problem.traceId
  }

  /** The message for the field named {@code field} (its Chinese name, as the API gives it), if any. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.row == null && e.field === field)?.message
  }
}

/** What the failure of a request that never got an answer (network down, gateway away) shows. */
export const NETWORK_PROBLEM: Problem = { title: '网络异常，请检查网络后重试', status: 0, code: 'NETWORK' }

export async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      const body = await response.json()
      if (body && typeof body.title === 'string') {
        return new ApiError({ ...body, status: body.status ?? response.status, code: body.code ?? 'UNKNOWN' })
      }
    } catch {
      // not JSON after all: fall through
    }
  }
  return new ApiError({ title: '系统繁忙，请稍后再试', status: response.status, code: 'HTTP_' + response.status })
}

interface Hooks {
  token(): string | null
  /** A call with a session's token was refused as not logged in: the session is over. */
  sessionEnded(error: ApiError): void
}

let hooks: Hooks = { token: () => null, sessionEnded: () => {} }

export function connect(session: Hooks) {
  hooks = session
}

async function send(method: string, path: string, body?: BodyInit, contentType?: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  const token = hooks.token()
  if (token) headers.Authorization = 'Bearer ' + token
  if (contentType) headers['Content-Type'] = contentType
  let response: Response
  try {
    response = await fetch(path, { method, headers, body })
  } catch {
    throw new ApiError(NETWORK_PROBLEM)
  }
  if (!response.ok) {
    const error = await toApiError(response)
    if (error.status === 401 && token) hooks.sessionEnded(error)
    throw error
  }
  return response
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body === undefined ? undefined : JSON.stringify(body),
    body === undefined ? undefined : 'application/json')
  if (response.status === 204) return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export const get = <T>(path: string) => request<T>('GET', path)
export const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {})
export const put = <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {})
export const del = <T>(path: string) => request<T>('DELETE', path)

/** A file the API makes (PDF, CSV, XLSX), saved under {@code fileName}: the token goes in the header, not the URL. */
export async function download(path: string, fileName: string): Promise<void> {
  const response = await send('GET', path)
  saveAs(await response.blob(), fileName)
}

/** Hands {@code blob} to the browser as a download named {@code fileName}. */
export function saveAs(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** A multipart upload with its progress (0–100), for batch files. */
export function upload<T>(path: string, form: FormData, progress: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.setRequestHeader('Accept', 'application/json')
    const token = hooks.token()
    if (token) xhr.setRequestHeader('Authorization', 'Bearer ' + token)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) progress(Math.round((e.loaded / e.total) * 100))
    }
    xhr.onerror = () => reject(new ApiError(NETWORK_PROBLEM))
    xhr.onload = async () => {
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? '' },
      })
      if (xhr.status >= 200 && xhr.status < 300) {
        progress(100)
        resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T)
      } else {
        const error = await toApiError(response)
        if (error.status === 401 && token) hooks.sessionEnded(error)
        reject(error)
      }
    }
    xhr.send(form)
  })
}

/** A key the API takes once per submission: a retry or a double click sends the same one and gets the first answer. */
export function clientKey(): string {
  return crypto.randomUUID()
}
