import { Component, type ReactNode } from 'react'
import { t } from '../../i18n/t'

type State = { failed: boolean }

/** A model that cannot load or render must not take the steps down with it. */
export class ModelErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  componentDidCatch(error: unknown) {
    console.warn('The 3D model could not be shown:', error)
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <p className="alert" role="status">
        {t('guide.modelFailed')}
      </p>
    )
  }
}
