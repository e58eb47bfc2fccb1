import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Content-addressed model files in `DATA_DIR/blobs`. A file is written under a temporary name and
 * renamed into place, so a crash never leaves half a model under a real name.
 */
export class BlobStore {
  constructor(readonly dir: string) {}

  path(hash: string) {
    return join(this.dir, `${hash}.glb`)
  }

  has(hash: string) {
    return /^[0-9a-f]{64}$/.test(hash) && existsSync(this.path(hash))
  }

  async put(bytes: Uint8Array): Promise<string> {
    const hash = createHash('sha256').update(bytes).digest('hex')
    if (this.has(hash)) return hash
    await mkdir(this.dir, { recursive: true })
    const tmp = join(this.dir, `.${hash}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      await writeFile(tmp, bytes)
      await rename(tmp, this.path(hash))
    } catch (e) {
      await rm(tmp, { force: true })
      throw e
    }
    return hash
  }
}
