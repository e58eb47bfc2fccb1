export { de as fr } from '../de'
