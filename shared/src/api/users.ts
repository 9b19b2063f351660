import { z } from 'zod';
import { userInputSchema, userPatchSchema, userSchema } from '../user';
import { created, endpoints, idParams, jsonBody, ok } from './endpoint';

export const userEndpoints = endpoints('users', {
  listUsers: {
    method: 'get',
    path: '/api/users',
    summary: 'List user accounts',
    role: 'admin',
    answer: ok(z.array(userSchema), 'Every account'),
  },
  createUser: {
    method: 'post',
    path: '/api/users',
    summary: 'Create a user account',
    role: 'admin',
    body: jsonBody(userInputSchema, 'user'),
    answer: created(userSchema, 'The account'),
    errors: [409],
  },
  updateUser: {
    method: 'patch',
    path: '/api/users/:id',
    summary: 'Change a user account: name, role, password, or disable it',
    description: 'Admins cannot disable themselves or take away their own admin role (409).',
    role: 'admin',
    params: idParams,
    body: jsonBody(userPatchSchema, 'user'),
    answer: ok(userSchema, 'The account'),
    errors: [409],
  },
});
