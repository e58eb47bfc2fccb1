import { client, ok } from './client'

/** Signs a staff member in; the server answers with the user and sets the session and CSRF cookies. */
export async function login(email: string, password: string) {
  const { user } = await ok(client.api.auth.login.$post({ json: { email, password } }))
  return user
}

export async function logout() {
  await ok(client.api.auth.logout.$post())
}

/** The signed-in staff member; ApiError 401 `unauthenticated` when there is none. */
export async function me() {
  const { user } = await ok(client.api.auth.me.$get())
  return user
}

export type StaffUser = Awaited<ReturnType<typeof me>>
