export { de as es } from '../de'
