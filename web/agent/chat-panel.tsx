import { type FormEvent, useState } from 'react'
import { t } from '../i18n/t'
import type { ChatLine } from './use-agent-call'

type Props = { lines: ChatLine[]; onSend: (text: string) => void }

/** Text chat beside the call; it keeps working when the call does not. */
export function ChatPanel({ lines, onSend }: Props) {
  const [text, setText] = useState('')
  function submit(e: FormEvent) {
    e.preventDefault()
    const value = text.trim()
    if (!value) return
    onSend(value)
    setText('')
  }
  return (
    <section aria-labelledby="chat-title" className="stack">
      <h2 id="chat-title">{t('agent.chatTitle')}</h2>
      <ol className="agent-chat" aria-live="polite">
        {lines.map((l) => (
          <li key={`${l.at}-${l.text}`}>
            <strong>{t(l.from === 'agent' ? 'agent.chatYou' : 'agent.chatCustomer')}:</strong>{' '}
            {l.text}
          </li>
        ))}
      </ol>
      <form className="row" onSubmit={submit}>
        <label className="visually-hidden" htmlFor="chat-input">
          {t('agent.chatLabel')}
        </label>
        <input
          id="chat-input"
          className="input"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button">
          {t('agent.chatSend')}
        </button>
      </form>
    </section>
  )
}
