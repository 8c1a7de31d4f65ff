/** How an order's state is coloured wherever it is shown. */
export function stateTagType(state: string | undefined): 'success' | 'danger' | 'warning' | 'primary' | 'info' {
  switch (state) {
    case 'SUCCEEDED': return 'success'
    case 'FAILED': return 'danger'
    case 'PROCESSING': return 'warning'
    case 'SUBMITTED': return 'primary'
    default: return 'info'
  }
}
