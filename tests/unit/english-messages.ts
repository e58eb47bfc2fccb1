// Unit tests read the UI's English text, as a page does once its language chunk has loaded
// (web/main.tsx installs it before the first render), compiled as the build compiles it.
import { compileCatalog } from '../../web/i18n/compile'
import { en } from '../../web/i18n/en'
import { installMessages } from '../../web/i18n/t'

installMessages('en', compileCatalog(en))
