/**
 * Wrong PINs in a row, per key file, counted as the soft USB key's command line counts them: each wrong PIN is
 * counted, the right one resets the count, and the 6th wrong PIN in a row locks the file for good (in this browser;
 * the command line destroys the file's key material). The count is kept in localStorage under the SHA-256 of the
 * file: no secret, only how many tries are left. A file that is no key file never counts.
 */
export const MAX_WRONG_PINS = 6

export interface PinTriesStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export class KeyLockedError extends Error {
  constructor() {
    super('连续' + MAX_WRONG_PINS + '次输错PIN码，证书已无法使用，请到缴存银行办理证书换发')
  }
}

export async function fingerprint(file: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', file))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

export class PinTries {
  constructor(private readonly store: PinTriesStore, private readonly file: string) {}

  static async of(store: PinTriesStore, file: ArrayBuffer): Promise<PinTries> {
    return new PinTries(store, 'gjj.pin-tries.' + (await fingerprint(file)))
  }

  wrongPins(): number {
    const value = Number.parseInt(this.store.getItem(this.file) ?? '0', 10)
    // A damaged counter counts as spent: guessing must not get cheaper by corrupting it.
    return Number.isNaN(value) ? MAX_WRONG_PINS : value
  }

  isLocked(): boolean {
    return this.wrongPins() >= MAX_WRONG_PINS
  }

  triesLeft(): number {
    return Math.max(0, MAX_WRONG_PINS - this.wrongPins())
  }

  /** Counts a wrong PIN; the message says how many are left, or that the file is now locked. */
  wrongPin(): string {
    const wrong = this.wrongPins() + 1
    this.store.setItem(this.file, String(wrong))
    if (wrong >= MAX_WRONG_PINS) return new KeyLockedError().message
    return 'PIN码错误，再输错' + (MAX_WRONG_PINS - wrong) + '次证书将被锁定'
  }

  rightPin(): void {
    this.store.removeItem(this.file)
  }
}
