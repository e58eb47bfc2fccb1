import { spawnSync } from 'node:child_process'

const COMMAND = 'sudo apt-get update && sudo apt-get install -y poppler-utils'

function has(tool: string): boolean {
  return spawnSync(tool, ['-v'], { stdio: 'ignore' }).error === undefined
}

/**
 * Makes sure Debian's poppler-utils (`pdftoppm`, `pdftotext`) is installed: as root it installs it
 * with apt-get; otherwise it throws with the command to run. Never skips.
 */
export function ensurePoppler(): void {
  if (has('pdftoppm') && has('pdftotext')) return
  if (process.getuid?.() !== 0)
    throw new Error(
      `The label print test needs pdftoppm and pdftotext (poppler-utils), and they are missing. Install them with:\n\n  ${COMMAND}\n`,
    )
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'poppler-utils']]) {
    const run = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (run.status !== 0)
      throw new Error(
        `apt-get ${args.join(' ')} failed (exit ${run.status ?? run.signal}). Run it by hand:\n\n  ${COMMAND}\n`,
      )
  }
  if (!has('pdftoppm') || !has('pdftotext'))
    throw new Error('apt-get finished but pdftoppm or pdftotext is still missing.')
}

function run(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr || r.error}`)
  return r.stdout
}

/** The PDF's text, in reading order (`pdftotext -layout`). */
export function pdfText(pdfFile: string): string {
  return run('pdftotext', ['-layout', pdfFile, '-'])
}

/** Rasterizes every page in grey at `dpi` to `<prefix>-<n>.pgm` files (`pdftoppm -gray`). */
export function rasterizePdf(pdfFile: string, prefix: string, dpi: number): void {
  run('pdftoppm', ['-r', String(dpi), '-gray', pdfFile, prefix])
}

/** A binary PGM (P5, 8-bit) as width, height and grey bytes. */
export function readPgm(bytes: Uint8Array): { width: number; height: number; grey: Uint8Array } {
  // Header: P5, width, height, maxval, each separated by whitespace (comments are not written by pdftoppm).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64))
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(head)
  if (!m?.[0] || m[3] !== '255') throw new Error('not an 8-bit binary PGM')
  const width = Number(m[1])
  const height = Number(m[2])
  const grey = bytes.subarray(m[0].length, m[0].length + width * height)
  if (grey.length !== width * height) throw new Error('truncated PGM')
  return { width, height, grey }
}
