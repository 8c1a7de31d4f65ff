import { onBeforeUnmount } from 'vue'

/** A long-running job on the server (a view's rebuild, the log's refill): RUNNING until it ends. */
export interface Job {
  id: string
  status: string
}

/**
 * Follows jobs on the server until each ends, reading each one's state every {@code intervalMs}. The job lives on
 * the server, so a page reloaded mid-way finds it again (from the service's list of jobs) and follows it on.
 * Every timer stops when the page is left.
 */
export function useJobFollower(intervalMs = 500) {
  const timers = new Set<number>()

  function follow<J extends Job>(load: () => Promise<J>, update: (job: J) => void, failed: (e: unknown) => void) {
    const tick = async () => {
      try {
        const job = await load()
        update(job)
        if (job.status === 'RUNNING') schedule()
      } catch (e) {
        failed(e)
      }
    }
    const schedule = () => {
      const timer = window.setTimeout(() => {
        timers.delete(timer)
        void tick()
      }, intervalMs)
      timers.add(timer)
    }
    schedule()
  }

  onBeforeUnmount(() => timers.forEach((t) => window.clearTimeout(t)))
  return { follow }
}
