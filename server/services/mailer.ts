import type { Transporter } from 'nodemailer'

export type Mail = { to: string; subject: string; text: string }

/**
 * Email through the SMTP server of `SMTP_URL` (nodemailer, loaded only when configured). Sending
 * waits for the server's answer, so a refused message is an error the caller can show.
 */
export class Mailer {
  private transport: Promise<Transporter> | null = null

  constructor(
    private readonly url: string,
    private readonly from: string,
  ) {}

  private open() {
    this.transport ??= import('nodemailer').then((m) =>
      m.default.createTransport(this.url, { from: this.from }),
    )
    return this.transport
  }

  async send(mail: Mail): Promise<void> {
    const transport = await this.open()
    await transport.sendMail({ ...mail, from: this.from })
  }
}

type LinkMail = { kind: 'invite' | 'reset'; link: string; name: string; inviter?: string }

/** The text of an invitation or reset email. */
export function linkMail({ kind, link, name, inviter }: LinkMail): Omit<Mail, 'to'> {
  const hello = name ? `Hello ${name},` : 'Hello,'
  if (kind === 'invite')
    return {
      subject: 'You are invited to Fixpoint',
      text: `${hello}\n\n${inviter ?? 'An administrator'} invited you to Fixpoint. Open this link to choose your password and sign in (it works once, for 7 days):\n\n${link}\n\nIf you did not expect this, ignore this email.\n`,
    }
  return {
    subject: 'Reset your Fixpoint password',
    text: `${hello}\n\nOpen this link to choose a new password (it works once, for one hour):\n\n${link}\n\nIf you did not ask for this, ignore this email: your password stays as it is.\n`,
  }
}
