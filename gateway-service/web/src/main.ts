import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { router } from './router'
import { connect } from './api/client'
import { useSession } from './session/session'

const app = createApp(App)
app.use(createPinia())
const session = useSession()
connect({
  token: () => session.token,
  sessionEnded: (error) => {
    // An expired, logged-out or revoked session: back to the login page, nothing half-done kept.
    session.end(error.title || '登录已失效，请重新登录')
    router.push({ name: 'login' })
  },
})
app.use(router)
app.mount('#app')
