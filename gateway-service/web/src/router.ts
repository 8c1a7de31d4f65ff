import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSession } from './session/session'

/** Routes mirror the business: /employees, /remittance, /collection, /queries; every page but login is lazy. */
const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./views/login/LoginView.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('./views/layout/HallLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('./views/home/HomeView.vue') },
      { path: 'opening', name: 'opening', component: () => import('./views/opening/OpeningView.vue') },
      { path: 'employees', name: 'employees', component: () => import('./views/employees/RosterView.vue') },
      { path: 'employees/new', name: 'employee-open', component: () => import('./views/employees/OpenEmployeeView.vue') },
      { path: 'employees/departments', name: 'departments', component: () => import('./views/employees/DepartmentsView.vue') },
      { path: 'employees/:account', name: 'employee', component: () => import('./views/employees/EmployeeView.vue'), props: true },
      { path: 'remittance/monthly', name: 'monthly', component: () => import('./views/remittance/MonthlyEntryView.vue') },
      { path: 'remittance/back-payment', name: 'back-payment', component: () => import('./views/remittance/BackPaymentView.vue') },
      { path: 'remittance/orders', name: 'orders', component: () => import('./views/remittance/OrdersView.vue') },
      { path: 'remittance/orders/:orderId', name: 'order', component: () => import('./views/remittance/OrderView.vue'), props: true },
      { path: 'remittance/results', name: 'results', component: () => import('./views/remittance/ResultsView.vue') },
      { path: 'remittance/cancellation', name: 'cancellation', component: () => import('./views/remittance/CancellationView.vue') },
      { path: 'collection', name: 'collection', component: () => import('./views/collection/AgreementView.vue') },
      { path: 'queries/unit', name: 'unit', component: () => import('./views/queries/UnitView.vue') },
      { path: 'console/units', name: 'console-units', component: () => import('./views/console/clerk/UnitDeskView.vue'), meta: { roles: ['CLERK'] } },
      { path: 'console/search', name: 'console-search', component: () => import('./views/console/clerk/SearchView.vue'), meta: { roles: ['CLERK', 'OPS'] } },
      { path: 'console/transactions', name: 'console-transactions', component: () => import('./views/remittance/ResultsView.vue'), props: { staff: true }, meta: { roles: ['OPS'] } },
      { path: 'console/views', name: 'console-views', component: () => import('./views/console/ops/ViewsView.vue'), meta: { roles: ['OPS'] } },
      { path: 'console/health', name: 'console-health', component: () => import('./views/console/ops/HealthView.vue'), meta: { roles: ['OPS'] } },
      { path: 'console/log', name: 'console-log', component: () => import('./views/console/ops/LogView.vue'), meta: { roles: ['OPS'] } },
      { path: 'console/dead-letters', name: 'console-dead-letters', component: () => import('./views/console/ops/DeadLettersView.vue'), meta: { roles: ['OPS'] } },
      { path: 'forbidden', name: 'forbidden', component: () => import('./views/errors/ForbiddenView.vue') },
      { path: ':rest(.*)*', name: 'not-found', component: () => import('./views/errors/NotFoundView.vue') },
    ],
  },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach((to) => {
  const session = useSession()
  if (to.meta.public) return true
  if (!session.loggedIn) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } }
  if (session.isOperator && !session.current!.onlineBusinessOpened && to.name !== 'opening') return { name: 'opening' }
  // The console's pages are the centre's staff's: anyone else typing their address gets the 403 page, not data
  // (the API refuses them too).
  const roles = to.meta.roles as string[] | undefined
  if (roles && !roles.some((role) => session.current!.roles.includes(role))) return { name: 'forbidden' }
  return true
})
