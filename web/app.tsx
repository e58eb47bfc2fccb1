import { lazy, Suspense } from 'react'
import { Route, Switch, useLocation } from 'wouter'
import { getProduct } from './api/products'
import { readSessionToken } from './api/session-token'
import { getSession } from './api/sessions'
import { preloadGuide, RepairPage } from './customer/guide-chunks'
import { useLocaleStore } from './i18n/locale-store'
import { t } from './i18n/t'
import { UpdateBanner } from './pwa/update-banner'
import { ErrorBoundary } from './ui/error-boundary'
import { NotFoundPage } from './ui/not-found-page'
import { PageStatus } from './ui/page-status'
import { SiteHeader } from './ui/site-header'
import { detectDeviceMode } from './xr/device-mode'

// Every screen is its own chunk: a customer scanning a code never downloads the studio.
const HomePage = lazy(() => import('./customer/home-page').then((m) => ({ default: m.HomePage })))
const ProductPage = lazy(() => {
  // The product is asked for while the page's code is on its way (already, for a cold deep link:
  // preloadFirstScreen).
  const id = /^\/p\/([^/]+)/.exec(window.location.pathname)?.[1]
  if (id) getProduct(decodeURIComponent(id), { maxAgeMs: 10_000 }).catch(() => {})
  return import('./customer/product-page').then((m) => ({ default: m.ProductPage }))
})
const ArScanPage = lazy(() =>
  import('./customer/ar-scan/ar-scan-page').then((m) => ({ default: m.ArScanPage })),
)
const StudioPage = lazy(() =>
  import('./studio/studio-page').then((m) => ({ default: m.StudioPage })),
)
const AnalyticsPage = lazy(() =>
  import('./studio/analytics/analytics-page').then((m) => ({ default: m.AnalyticsPage })),
)
const StudioProductPage = lazy(() =>
  import('./studio/products/product-page').then((m) => ({ default: m.StudioProductPage })),
)
const LabelsPage = lazy(() =>
  import('./studio/labels/labels-page').then((m) => ({ default: m.LabelsPage })),
)
const ProcedureEditorPage = lazy(() =>
  import('./studio/editor/procedure-editor-page').then((m) => ({
    default: m.ProcedureEditorPage,
  })),
)
const TranslationsPage = lazy(() =>
  import('./studio/translations/translations-page').then((m) => ({
    default: m.TranslationsPage,
  })),
)
const TranslationEditorPage = lazy(() =>
  import('./studio/translations/translation-editor-page').then((m) => ({
    default: m.TranslationEditorPage,
  })),
)
const PreviewPage = lazy(() =>
  import('./studio/preview/preview-page').then((m) => ({ default: m.PreviewPage })),
)
const AgentPage = lazy(() => import('./agent/agent-page').then((m) => ({ default: m.AgentPage })))
const LoginPage = lazy(() => import('./staff/login-page').then((m) => ({ default: m.LoginPage })))
const SetupPage = lazy(() => import('./staff/setup-page').then((m) => ({ default: m.SetupPage })))
const SetPasswordPage = lazy(() =>
  import('./staff/set-password-page').then((m) => ({ default: m.SetPasswordPage })),
)
const ForgotPage = lazy(() =>
  import('./staff/forgot-page').then((m) => ({ default: m.ForgotPage })),
)
const PeoplePage = lazy(() =>
  import('./studio/people/people-page').then((m) => ({ default: m.PeoplePage })),
)
const WebhooksPage = lazy(() =>
  import('./studio/webhooks/webhooks-page').then((m) => ({ default: m.WebhooksPage })),
)
const TokensPage = lazy(() =>
  import('./studio/tokens/tokens-page').then((m) => ({ default: m.TokensPage })),
)
const XrCheckPage = lazy(() =>
  import('./xr/xr-check-page').then((m) => ({ default: m.XrCheckPage })),
)

/**
 * Requests the first screen's code, and its first data, while main.tsx loads the language rather
 * than after the first render asks for them: on a phone network each step of that waterfall costs
 * a round trip or more. The customer's screens only (a printed QR, a repair link, the home page).
 * The pages take these answers (`maxAgeMs`); locale() already names the language being loaded
 * (expectLocale), so they are in it. `deviceReady` is when capability checks see the emulated
 * WebXR, if any, so the right guide is fetched.
 */
export function preloadFirstScreen(path: string, deviceReady: Promise<unknown>): void {
  const ignore = () => {}
  const product = /^\/p\/([^/]+)/.exec(path)?.[1]
  const session = /^\/repair\/([^/]+)/.exec(path)?.[1]
  if (path === '/') import('./customer/home-page').catch(ignore)
  else if (product) {
    import('./customer/product-page').catch(ignore)
    getProduct(decodeURIComponent(product)).catch(ignore)
  } else if (session) {
    RepairPage.preload().catch(ignore)
    const id = decodeURIComponent(session)
    const token = readSessionToken(id)
    // openGuideSession takes it (maxAgeMs 5 s).
    if (token) getSession(id, token).catch(ignore)
    void deviceReady.then(() => detectDeviceMode()).then(preloadGuide)
  }
}

function Loading() {
  return (
    <main className="page" id="main">
      <PageStatus label={t('app.loading')} />
    </main>
  )
}

export function App() {
  const [location] = useLocation()
  // A language switch re-renders the whole tree in place (no remount): every t() reads the new
  // messages while stores, forms and an in-progress repair stay as they are.
  useLocaleStore((s) => s.locale)
  return (
    <>
      <SiteHeader />
      <UpdateBanner />
      {/* Keyed by location: a crash on one page does not stick once the user navigates away. */}
      <ErrorBoundary key={location}>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/p/:id" component={ProductPage} />
            <Route path="/ar" component={ArScanPage} />
            <Route path="/repair/:session" component={RepairPage} />
            <Route path="/studio" component={StudioPage} />
            <Route path="/studio/products/:id" component={StudioProductPage} />
            <Route path="/studio/products/:id/labels" component={LabelsPage} />
            <Route path="/studio/procedures/:id/translations" component={TranslationsPage} />
            <Route
              path="/studio/procedures/:id/translations/:lang"
              component={TranslationEditorPage}
            />
            <Route path="/studio/procedures/:id" component={ProcedureEditorPage} />
            <Route path="/studio/preview/:id" component={PreviewPage} />
            <Route path="/studio/analytics/:procedureId" component={AnalyticsPage} />
            <Route path="/agent" component={AgentPage} />
            <Route path="/login" component={LoginPage} />
            <Route path="/setup" component={SetupPage} />
            <Route path="/welcome" component={SetPasswordPage} />
            <Route path="/reset" component={SetPasswordPage} />
            <Route path="/forgot" component={ForgotPage} />
            <Route path="/studio/people" component={PeoplePage} />
            <Route path="/studio/webhooks" component={WebhooksPage} />
            <Route path="/studio/tokens" component={TokensPage} />
            <Route path="/xr-check" component={XrCheckPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </ErrorBoundary>
    </>
  )
}
