import { Component, type ReactNode } from 'react'
import { t } from '../i18n/t'

type State = { failed: boolean }

/** Catches a render crash (or a lazy page that failed to load) so the screen says what to do. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <main className="page" id="main">
        <div className="alert alert-error" role="alert">
          <h1>{t('app.crashed')}</h1>
          <p>{t('app.crashedHint')}</p>
          <div className="row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => location.reload()}
            >
              {t('app.reload')}
            </button>
            <a className="button" href="/">
              {t('app.home')}
            </a>
          </div>
        </div>
      </main>
    )
  }
}
