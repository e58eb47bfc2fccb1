/**
 * The limits of photo evidence, apart from photo.ts's schemas (zod) so that the customer's guide
 * can shrink a picture without them. photo.ts re-exports these.
 */

/** A phone's own JPEG can reach 10 MB when the browser could not shrink it first. */
export const PHOTO_MAX_BYTES = 12 * 1024 * 1024
/** Stored photos fit in this many pixels a side (larger ones are scaled down). */
export const PHOTO_MAX_SIDE = 2048
/** Enough to show anything about one repair; more is a mistake or abuse. */
export const PHOTO_MAX_PER_SESSION = 20
