import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser'

/**
 * Two network namespaces that cannot reach each other, each with a veth to the host, and one
 * address on the host (`hub`) both reach: the app server and the TURN server listen there. The
 * host does not forward between the two (no route either way), so a call between browsers in the
 * two namespaces connects through the relay or not at all.
 */
export type Islands = {
  hub: string
  namespaces: [string, string]
  /** Host-side addresses of each namespace (its browser's only address). */
  addresses: [string, string]
  launchIn: (ns: string, extraArgs: string[]) => Promise<Browser>
  teardown: () => void
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' })

export function makeIslands(): Islands {
  if (process.getuid?.() !== 0)
    throw new Error(
      'This test creates network namespaces (ip netns) and must run as root: ' +
        'sudo npx vitest run --project e2e-live tests/e2e/turn-relay.test.ts',
    )
  const tag = (process.pid % 10_000).toString()
  const net = `10.${200 + (process.pid % 50)}`
  const hub = `${net}.0.1`
  const names = [`fpa${tag}`, `fpb${tag}`] as [string, string]
  const addresses: [string, string] = [`${net}.1.2`, `${net}.2.2`]
  const removeNamespaces = () => {
    for (const ns of names) {
      try {
        ip('netns', 'del', ns)
      } catch {
        // not there
      }
    }
  }
  // Left over by an earlier run of this process id that was killed.
  removeNamespaces()
  const dir = mkdtempSync(join(tmpdir(), 'fixpoint-netns-'))
  const teardown = () => {
    removeNamespaces()
    rmSync(dir, { recursive: true, force: true })
  }
  names.forEach((ns, i) => {
    const host = `${ns}h`
    const inner = `${ns}n`
    ip('netns', 'add', ns)
    ip('link', 'add', host, 'type', 'veth', 'peer', 'name', inner)
    ip('link', 'set', inner, 'netns', ns)
    ip('addr', 'add', `${net}.${i + 1}.1/24`, 'dev', host)
    // The hub address lives on the first host-side link; the host answers for it on both.
    if (i === 0) ip('addr', 'add', `${hub}/32`, 'dev', host)
    ip('link', 'set', host, 'up')
    ip('-n', ns, 'addr', 'add', `${addresses[i]}/24`, 'dev', inner)
    ip('-n', ns, 'link', 'set', inner, 'up')
    ip('-n', ns, 'link', 'set', 'lo', 'up')
    ip('-n', ns, 'route', 'add', `${hub}/32`, 'dev', inner)
  })
  const launchIn = (ns: string, extraArgs: string[]) => {
    // playwright-core starts the browser through this, and talks to it over the inherited pipe.
    const wrapper = join(dir, `chromium-${ns}.sh`)
    writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec ${ns} ${CHROMIUM_PATH} "$@"\n`)
    chmodSync(wrapper, 0o755)
    return chromium.launch({
      executablePath: wrapper,
      args: [...CHROMIUM_ARGS, ...extraArgs],
      headless: true,
    })
  }
  return { hub, namespaces: names, addresses, launchIn, teardown }
}

/** Whether a namespace reaches an address at all (a TCP connect), for asserting the isolation. */
export function reaches(ns: string, address: string, port: number) {
  try {
    execFileSync(
      'ip',
      ['netns', 'exec', ns, 'bash', '-c', `timeout 2 bash -c '</dev/tcp/${address}/${port}'`],
      { stdio: 'pipe' },
    )
    return true
  } catch {
    return false
  }
}
