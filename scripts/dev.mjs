// `npm run dev`: the API server with reload (tsx watch) and Vite's dev server, which proxies /api
// (and the WebSocket) and /models to it. Ctrl-C stops both.
import { spawn } from 'node:child_process'

const apiPort = process.env.API_PORT ?? '8787'
const env = {
  ...process.env,
  NODE_ENV: 'development',
  PORT: apiPort,
  HOST: '127.0.0.1',
  API_PORT: apiPort,
}
const children = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'server/index.ts'], {
    stdio: 'inherit',
    env,
  }),
  spawn('npx', ['vite'], { stdio: 'inherit', env }),
]
const stop = () => {
  for (const c of children) c.kill('SIGTERM')
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const c of children)
  c.on('exit', (code) => {
    stop()
    process.exitCode = code ?? 0
  })
