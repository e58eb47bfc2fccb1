import { and, eq, inArray, lt, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { procedures, procedureVersions, stepMedia, stepMediaFiles } from '../db/schema'
import type { MediaFile } from './media-image'

export type NewMedia = {
  procedureId: string
  kind: 'image' | 'video'
  originalType: string
  originalSize: number
  width: number | null
  height: number | null
  createdBy: string | null
}

/** Stores an upload and all its files at once: nothing of it is served unless all of it is kept. */
export async function addMedia(db: Db, media: NewMedia, files: MediaFile[]): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(stepMedia).values(media).returning({ id: stepMedia.id })
    if (!row) throw new Error('media insert returned nothing')
    for (const f of files)
      await tx.insert(stepMediaFiles).values({
        mediaId: row.id,
        name: f.name,
        type: f.type,
        size: f.bytes.byteLength,
        bytes: f.bytes,
      })
    return row.id
  })
}

/** One upload of a procedure, without its files (null when it is not that procedure's). */
export async function getMedia(db: Db, procedureId: string, id: string) {
  const [row] = await db
    .select()
    .from(stepMedia)
    .where(and(eq(stepMedia.id, id), eq(stepMedia.procedureId, procedureId)))
    .limit(1)
  return row ?? null
}

/** Adds or replaces one file of an upload (a video's poster). */
export async function putMediaFile(db: Db, id: string, file: MediaFile) {
  const values = { type: file.type, size: file.bytes.byteLength, bytes: file.bytes }
  await db
    .insert(stepMediaFiles)
    .values({ mediaId: id, name: file.name, ...values })
    .onConflictDoUpdate({ target: [stepMediaFiles.mediaId, stepMediaFiles.name], set: values })
}

/** A file's type and size, without its bytes (for HEAD, ranges and ETags). */
export async function mediaFileInfo(db: Db, id: string, name: string) {
  const [row] = await db
    .select({ type: stepMediaFiles.type, size: stepMediaFiles.size })
    .from(stepMediaFiles)
    .where(and(eq(stepMediaFiles.mediaId, id), eq(stepMediaFiles.name, name)))
    .limit(1)
  return row ?? null
}

/**
 * `length` bytes of a file from `start` (0-based), read by the database (`substring` on bytea), so
 * a video's range request does not pull the whole video through the server.
 */
export async function mediaFileBytes(
  db: Db,
  id: string,
  name: string,
  start: number,
  length: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const [row] = await db
    .select({
      bytes: sql<Uint8Array>`substring(${stepMediaFiles.bytes} from ${start + 1} for ${length})`,
    })
    .from(stepMediaFiles)
    .where(and(eq(stepMediaFiles.mediaId, id), eq(stepMediaFiles.name, name)))
    .limit(1)
  return row ? new Uint8Array(row.bytes) : null
}

/** An upload nobody used is kept this long: an undo, an open editor or a kept local copy may bring it back. */
export const UNUSED_MEDIA_GRACE_MS = 7 * 24 * 3600 * 1000

/**
 * Deletes a procedure's uploads that no draft and no version of any procedure mentions (a copy
 * or an import may use another procedure's uploads) and that are older than the grace period;
 * their files go with them. Run after a publish. Answers how many went.
 */
export async function forgetUnusedMedia(
  db: Db,
  procedureId: string,
  graceMs = UNUSED_MEDIA_GRACE_MS,
): Promise<number> {
  const old = await db
    .select({ id: stepMedia.id })
    .from(stepMedia)
    .where(
      and(
        eq(stepMedia.procedureId, procedureId),
        lt(stepMedia.createdAt, new Date(Date.now() - graceMs)),
      ),
    )
  const unused: string[] = []
  for (const { id } of old) {
    const pattern = `%${id}%`
    const inDraft = await db
      .select({ id: procedures.id })
      .from(procedures)
      .where(sql`${procedures.draft}::text like ${pattern}`)
      .limit(1)
    const inVersion = await db
      .select({ id: procedureVersions.procedureId })
      .from(procedureVersions)
      .where(sql`${procedureVersions.content}::text like ${pattern}`)
      .limit(1)
    if (inDraft.length === 0 && inVersion.length === 0) unused.push(id)
  }
  if (unused.length > 0) await db.delete(stepMedia).where(inArray(stepMedia.id, unused))
  return unused.length
}
