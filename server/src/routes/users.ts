import type { userEndpoints } from '@cpea/shared/api/users';
import type { Config } from '../config';
import type { UseCases } from '../services/use-cases';
import type { Handlers } from '../http/mount';

export function userHandlers(useCases: UseCases, config: Config): Handlers<typeof userEndpoints> {
  return {
    listUsers: () => useCases.listUsers(),
    createUser: ({ actor, body }) => useCases.createUser(actor, body, config),
    updateUser: ({ actor, params, body }) => useCases.updateUser(actor, params.id, body, config),
  };
}
