interface ImportMetaEnv {
  /**
   * True in the test build (`vite build --mode test`, dist-test/) and on the dev server: the
   * `window.__fixpoint…` handles that tests read are installed. A constant false in the production
   * build, so the code behind it is dropped from dist/ (vite.config.ts).
   */
  readonly TEST_HOOKS: boolean
}
