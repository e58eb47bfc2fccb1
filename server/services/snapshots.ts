import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../db/client'
import { escalationSnapshots, escalations } from '../db/schema'
import type { ImageHeader, Snapshot } from '../domain/snapshot'

/** Everything but the image, for lists and messages. */
const meta = {
  id: escalationSnapshots.id,
  escalationId: escalationSnapshots.escalationId,
  type: escalationSnapshots.type,
  width: escalationSnapshots.width,
  height: escalationSnapshots.height,
  size: escalationSnapshots.size,
  createdAt: escalationSnapshots.createdAt,
}

type MetaRow = { [K in keyof typeof meta]: (typeof escalationSnapshots.$inferSelect)[K] }

export function snapshotView(row: MetaRow): Snapshot {
  return { ...row, createdAt: row.createdAt.toISOString() }
}

/** Stores a checked image with its escalation. */
export async function addSnapshot(
  db: Db,
  escalationId: string,
  agentId: string,
  header: ImageHeader,
  image: Uint8Array,
): Promise<Snapshot> {
  const [row] = await db
    .insert(escalationSnapshots)
    .values({ escalationId, agentId, ...header, size: image.byteLength, image })
    .returning(meta)
  if (!row) throw new Error('snapshot insert returned nothing')
  return snapshotView(row)
}

/** The escalation's snapshots, oldest first, without their images. */
export async function listSnapshots(db: Db, escalationId: string): Promise<Snapshot[]> {
  const rows = await db
    .select(meta)
    .from(escalationSnapshots)
    .where(eq(escalationSnapshots.escalationId, escalationId))
    .orderBy(asc(escalationSnapshots.createdAt))
  return rows.map(snapshotView)
}

/** Snapshots of every escalation of one repair session, oldest first. */
export async function listSessionSnapshots(db: Db, sessionId: string): Promise<Snapshot[]> {
  const rows = await db
    .select(meta)
    .from(escalationSnapshots)
    .innerJoin(escalations, eq(escalations.id, escalationSnapshots.escalationId))
    .where(eq(escalations.sessionId, sessionId))
    .orderBy(asc(escalationSnapshots.createdAt))
  return rows.map(snapshotView)
}

/**
 * One snapshot's image, if it belongs to that escalation (agents) or to an escalation of that
 * session (customers); null otherwise, so nobody reads another customer's pictures by id.
 */
export async function snapshotImage(
  db: Db,
  id: string,
  owner: { escalationId: string } | { sessionId: string },
) {
  const [row] = await db
    .select({ type: escalationSnapshots.type, image: escalationSnapshots.image })
    .from(escalationSnapshots)
    .innerJoin(escalations, eq(escalations.id, escalationSnapshots.escalationId))
    .where(
      and(
        eq(escalationSnapshots.id, id),
        'escalationId' in owner
          ? eq(escalationSnapshots.escalationId, owner.escalationId)
          : eq(escalations.sessionId, owner.sessionId),
      ),
    )
    .limit(1)
  return row ?? null
}
