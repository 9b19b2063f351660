import type request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/src/user';
import { testApp } from './helpers';
import { ROUTES, fixture, routeName, send } from './endpoint-samples';

type Agent = ReturnType<typeof request.agent>;

const CALLERS: (Role | 'anonymous')[] = ['anonymous', 'viewer', 'analyst', 'admin'];
const RANK: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

function expected(caller: Role | 'anonymous', needs: Role | null): 'success' | 401 | 403 {
  if (needs === null) return 'success';
  if (caller === 'anonymous') return 401;
  return RANK[caller] >= RANK[needs] ? 'success' : 403;
}

describe('who may do what: every declared endpoint × every role', () => {
  it.each(ROUTES.map((r) => [routeName(r), r]))('%s', async (_name, route) => {
    const ctx = await testApp();
    const agents: Record<string, Agent> = {
      anonymous: ctx.anonymous as unknown as Agent,
      viewer: await ctx.signIn('viewer'),
      analyst: await ctx.signIn('analyst'),
      admin: ctx.http,
    };
    // The analyst writes the assessments: the author may change a draft, another analyst may not.
    const author = { userId: ctx.store.users.list().find((user) => user.role === 'analyst')?.id ?? null };
    for (const caller of CALLERS) {
      const f = fixture(ctx.store, author);
      const res = await send(agents[caller], route, f);
      const want = expected(caller, route.endpoint.role);
      const got = want === 'success' ? (res.status < 300 ? 'success' : res.status) : res.status;
      expect({ caller, status: got, body: want === got ? null : res.body }).toEqual({
        caller,
        status: want,
        body: null,
      });
    }
  });
});
