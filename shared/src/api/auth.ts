import { loginSchema, userSchema } from '../user';
import { endpoints, jsonBody, noContent, ok } from './endpoint';

export const authEndpoints = endpoints('auth', {
  logIn: {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in',
    description:
      'Sets the session cookie (httpOnly, SameSite=Strict). The body is at most 4 KB. In fifteen minutes, ten tries ' +
      'per username (trimmed, any case) from one address, and fifty failures from one address whatever the username.',
    role: null,
    body: jsonBody(loginSchema, 'sign-in'),
    answer: { ...ok(userSchema, 'Signed in; the session cookie is set'), setsCookie: true },
    errors: [401, 429],
  },
  logOut: {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Sign out',
    description: 'Ends the session, if there is one, and clears the cookie.',
    role: null,
    answer: noContent('Signed out'),
  },
  getMe: {
    method: 'get',
    path: '/api/auth/me',
    summary: 'The signed-in user',
    role: 'viewer',
    answer: ok(userSchema, 'The signed-in user'),
  },
});
