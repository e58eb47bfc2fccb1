import { and, asc, count, eq } from 'drizzle-orm'
import type { Db } from '../db/client'
import { sessionPhotos } from '../db/schema'
import type { Photo, PhotoStage } from '../domain/photo'
import type { CleanPhoto } from './photo-image'

/** Everything but the image, for lists. */
const meta = {
  id: sessionPhotos.id,
  sessionId: sessionPhotos.sessionId,
  stage: sessionPhotos.stage,
  stepId: sessionPhotos.stepId,
  version: sessionPhotos.version,
  type: sessionPhotos.type,
  width: sessionPhotos.width,
  height: sessionPhotos.height,
  size: sessionPhotos.size,
  createdAt: sessionPhotos.createdAt,
}

type MetaRow = { [K in keyof typeof meta]: (typeof sessionPhotos.$inferSelect)[K] }

const view = (row: MetaRow): Photo => ({ ...row, createdAt: row.createdAt.toISOString() })

export type PhotoOwner = {
  sessionId: string
  procedureId: string
  version: number
  stepId: string | null
  stage: PhotoStage
}

/** How many photos the session has already. */
export async function countSessionPhotos(db: Db, sessionId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(sessionPhotos)
    .where(eq(sessionPhotos.sessionId, sessionId))
  return row?.n ?? 0
}

/** Stores a cleaned photo with its session. */
export async function addPhoto(db: Db, owner: PhotoOwner, photo: CleanPhoto): Promise<Photo> {
  const [row] = await db
    .insert(sessionPhotos)
    .values({ ...owner, ...photo, type: 'image/jpeg', size: photo.image.byteLength })
    .returning(meta)
  if (!row) throw new Error('photo insert returned nothing')
  return view(row)
}

/** One session's photos, oldest first, without their images. */
export async function listSessionPhotos(db: Db, sessionId: string): Promise<Photo[]> {
  const rows = await db
    .select(meta)
    .from(sessionPhotos)
    .where(eq(sessionPhotos.sessionId, sessionId))
    .orderBy(asc(sessionPhotos.createdAt))
  return rows.map(view)
}

/** A procedure's photos (one version or all), oldest first, without their images. */
export async function listProcedurePhotos(
  db: Db,
  procedureId: string,
  version?: number,
): Promise<Photo[]> {
  const rows = await db
    .select(meta)
    .from(sessionPhotos)
    .where(
      and(
        eq(sessionPhotos.procedureId, procedureId),
        version === undefined ? undefined : eq(sessionPhotos.version, version),
      ),
    )
    .orderBy(asc(sessionPhotos.createdAt))
  return rows.map(view)
}

/**
 * One photo's image, only when it belongs to that session (customers, agents through the
 * escalation's session) or that procedure (authors); null otherwise, so nobody reads another
 * customer's pictures by id.
 */
export async function photoImage(
  db: Db,
  id: string,
  owner: { sessionId: string } | { procedureId: string },
) {
  const [row] = await db
    .select({ type: sessionPhotos.type, image: sessionPhotos.image })
    .from(sessionPhotos)
    .where(
      and(
        eq(sessionPhotos.id, id),
        'sessionId' in owner
          ? eq(sessionPhotos.sessionId, owner.sessionId)
          : eq(sessionPhotos.procedureId, owner.procedureId),
      ),
    )
    .limit(1)
  return row ?? null
}
