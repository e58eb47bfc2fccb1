/**
 * A delivery attempt that failed: the receiver's HTTP status (null: no answer) and why.
 * `permanent`: retrying cannot help (the endpoint is disabled), so the delivery is marked failed.
 */
export class SendFailure extends Error {
  constructor(
    readonly status: number | null,
    message: string,
    readonly permanent = false,
  ) {
    super(message)
  }
}
