import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import QRCode from 'qrcode'
import { generate } from 'selfsigned'

/** This machine's IPv4 addresses on the LAN (not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => i?.address as string)
}

/** The HTTPS address a phone on this network opens, or null when this machine has no LAN address. */
export function lanUrl(port: number): string | null {
  const ip = lanAddresses()[0]
  return ip ? `https://${ip}:${port}` : null
}

/**
 * A self-signed certificate for HTTPS on the LAN, made once and kept in DATA_DIR (phones show a
 * one-time warning for it). It names localhost and this machine's LAN addresses.
 */
export async function loadOrCreateCertificate(
  dataDir: string,
): Promise<{ key: string; cert: string }> {
  const dir = join(dataDir, 'tls')
  const keyFile = join(dir, 'key.pem')
  const certFile = join(dir, 'cert.pem')
  if (existsSync(keyFile) && existsSync(certFile))
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') }
  const pems = await generate([{ name: 'commonName', value: 'Fixpoint (self-signed)' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 825 * 86_400_000),
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          ...lanAddresses().map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  })
  mkdirSync(dir, { recursive: true })
  writeFileSync(keyFile, pems.private, { mode: 0o600 })
  writeFileSync(certFile, pems.cert)
  return { key: pems.private, cert: pems.cert }
}

/** The URL as a QR code drawn in the terminal, for a phone's camera. */
export function terminalQr(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'terminal', small: true })
}
