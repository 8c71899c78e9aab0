/** The close codes live with the contract in @samkart/model; re-exported for the sync code. */
export { CloseCode } from '@samkart/model'
