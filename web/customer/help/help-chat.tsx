import { type FormEvent, useState } from 'react'
import { t } from '../../i18n/t'
import { useHelp } from './help-store'

/** Text chat with the agent; it keeps the help going when the call cannot. */
export function HelpChat() {
  const chat = useHelp((s) => s.chat)
  const sendChat = useHelp((s) => s.sendChat)
  const [text, setText] = useState('')
  function submit(e: FormEvent) {
    e.preventDefault()
    if (!text.trim()) return
    sendChat(text.trim())
    setText('')
  }
  return (
    <section aria-labelledby="help-chat-title" className="stack">
      <h3 id="help-chat-title">{t('help.chatTitle')}</h3>
      <ol className="help-chat" aria-live="polite" data-testid="help-chat">
        {chat.map((l) => (
          <li key={`${l.at}-${l.text}`}>
            <strong>{t(l.from === 'agent' ? 'help.chatAgent' : 'help.chatYou')}:</strong> {l.text}
          </li>
        ))}
      </ol>
      <form className="row" onSubmit={submit}>
        <label className="visually-hidden" htmlFor="help-chat-input">
          {t('help.chatLabel')}
        </label>
        <input
          id="help-chat-input"
          className="input"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button">
          {t('help.chatSend')}
        </button>
      </form>
    </section>
  )
}
