import { ref } from 'vue'
import { ApiError } from '../../api/client'

/** What a refusal says to the user: the API's Chinese message, then each bad field with its own. */
export function problemText(e: unknown): string {
  if (!(e instanceof ApiError)) return String(e)
  return [e.message, ...e.errors.map((p) => (p.row != null ? '第' + p.row + '行 ' : '') + p.field + '：' + p.message)].join('；')
}

/**
 * A page's one action at a time: {@code busy} while it runs, then either {@code done} (what the action returns)
 * or {@code error} (why it was refused). A second click while busy does nothing.
 */
export function useAction() {
  const busy = ref(false)
  const error = ref('')
  const done = ref('')

  async function run(action: () => Promise<string | void>): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    error.value = ''
    done.value = ''
    try {
      done.value = (await action()) ?? ''
      return true
    } catch (e) {
      error.value = problemText(e)
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, error, done, run }
}
