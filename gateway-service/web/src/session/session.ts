/**
 * Who is logged in: the token and what the login answered, kept in sessionStorage so a reload keeps the session
 * (closing the tab ends it). Never the key file, the PIN or the password.
 */
import { defineStore } from 'pinia'
import type { Session } from '../api/types'

const STORAGE = 'gjj.session'

function restore(): Session | null {
  try {
    const saved = sessionStorage.getItem(STORAGE)
    if (!saved) return null
    const session = JSON.parse(saved) as Session
    return new Date(session.expiresAt).getTime() > Date.now() ? session : null
  } catch {
    return null
  }
}

export const useSession = defineStore('session', {
  state: () => ({ current: restore() as Session | null, endedMessage: '' }),
  getters: {
    loggedIn: (s) => s.current !== null,
    token: (s) => s.current?.token ?? null,
    isOperator: (s) => s.current?.roles.includes('OPERATOR') ?? false,
    isStaff: (s) => (s.current?.roles ?? []).some((r) => r === 'CLERK' || r === 'OPS'),
  },
  actions: {
    start(session: Session) {
      this.current = session
      this.endedMessage = ''
      sessionStorage.setItem(STORAGE, JSON.stringify(session))
    },
    openedOnlineBusiness() {
      if (this.current) this.start({ ...this.current, onlineBusinessOpened: true })
    },
    end(message = '') {
      this.current = null
      this.endedMessage = message
      sessionStorage.removeItem(STORAGE)
    },
  },
})
