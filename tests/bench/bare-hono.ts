// The anchor for the product-read benchmark: a bare Hono "hello" on the same server setup.
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const app = new Hono().get('/hello', (c) => c.json({ hello: 'world' }))
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`Fixpoint is running at http://127.0.0.1:${info.port}`)
})
