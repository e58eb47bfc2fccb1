import { Hono } from 'hono'
import { z } from 'zod'
import { endAllSessions } from '../auth/staff-session'
import type { AppEnv } from '../context'
import {
  InvitedSchema,
  InviteSchema,
  LinkSentSchema,
  PeopleSchema,
  UserIdParamSchema,
  UserPatchSchema,
  UserUpdatedSchema,
} from '../domain/staff'
import { fail } from '../errors'
import { requireRole } from '../middleware/staff'
import { doc, json } from '../openapi/describe'
import { getMember, invite, listPeople, sendLink, updateMember } from '../services/people'
import { validate } from '../validate'
import { linkOrigin } from './origin'

/**
 * `/api/admin/users`: staff management, admins only. Links come back in the answer only when the
 * server could not mail them, for the admin to pass on.
 */
export const adminUserRoutes = new Hono<AppEnv>()
  .use('*', requireRole('admin'))
  .get(
    '/',
    doc('admin', 'Staff members and recent sign-ins', {
      200: json(PeopleSchema.extend({ mail: z.boolean() })),
    }),
    async (c) => {
      const people = await listPeople(c.var.deps.db)
      return c.json({ ...people, mail: c.var.mailer !== null }, 200)
    },
  )
  .post(
    '/',
    doc('admin', 'Invite a staff member', { 201: json(InvitedSchema) }),
    validate('json', InviteSchema),
    async (c) => {
      const { db, secret } = c.var.deps
      const by = c.var.user
      if (!by) return fail(c, 401, 'unauthenticated', 'Sign in to continue.')
      const ctx = { db, secret, mailer: c.var.mailer, origin: linkOrigin(c) }
      const result = await invite(ctx, c.req.valid('json'), by)
      return c.json(result, 201)
    },
  )
  .patch(
    '/:id',
    doc('admin', 'Change role, name or active', { 200: json(UserUpdatedSchema) }),
    validate('param', UserIdParamSchema),
    validate('json', UserPatchSchema),
    async (c) => {
      const { db, hub } = c.var.deps
      const { id } = c.req.valid('param')
      const user = await updateMember(db, id, c.req.valid('json'))
      if (!user.active) {
        // Signed out everywhere at once: no session row is left to load, and open sockets close.
        await endAllSessions(db, id)
        await hub.publish(`user:${id}`, { type: 'signed_out' })
      }
      return c.json({ user }, 200)
    },
  )
  .post(
    '/:id/reset',
    doc('admin', 'Send a new invitation or reset link', {
      200: json(z.object({ kind: z.enum(['invite', 'reset']), sent: LinkSentSchema })),
    }),
    validate('param', UserIdParamSchema),
    async (c) => {
      const { db, secret } = c.var.deps
      const member = await getMember(db, c.req.valid('param').id)
      if (!member) return fail(c, 404, 'user_not_found', 'No such staff member.')
      if (!member.active)
        return fail(c, 409, 'account_inactive', 'Reactivate this account before resetting it.')
      const by = c.var.user ?? undefined
      const kind = member.pending ? 'invite' : 'reset'
      const ctx = { db, secret, mailer: c.var.mailer, origin: linkOrigin(c) }
      const sent = await sendLink(ctx, kind, member, by)
      return c.json({ kind, sent }, 200)
    },
  )
