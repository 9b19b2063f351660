import { z } from 'zod';
import { DEFAULT_LATE_AFTER_DAYS } from '@cpea/shared/reporting';
import { passwordSchema } from '@cpea/shared/user';
import { PRODUCTION_SCRYPT_N } from './services/passwords';

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // Only this machine unless told otherwise: a deployment names the address its proxy reaches.
  HOST: z
    .union([z.ipv4(), z.ipv6(), z.hostname()], { error: 'must be an IP address or a host name, such as 0.0.0.0' })
    .default('127.0.0.1'),
  CPEA_DB: z.string().min(1).default('data/cpea.sqlite'),
  CPEA_ADMIN_PASSWORD: passwordSchema.optional(),
  CPEA_DEMO: z.enum(['0', '1']).default('1'),
  CPEA_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
  CPEA_PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
    .transform((url) => new URL(url))
    .refine((url) => url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password, {
      error: 'must be an origin only, like https://cpea.example.org (no path, query or user)',
    })
    .transform((url) => url.origin)
    .optional(),
  CPEA_LATE_AFTER_DAYS: z.coerce.number().int().min(0).max(366).default(DEFAULT_LATE_AFTER_DAYS),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

const configSchema = environmentSchema.transform((env) => ({
  port: env.PORT,
  host: env.HOST,
  dbPath: env.CPEA_DB,
  adminPassword: env.CPEA_ADMIN_PASSWORD,
  seedDemo: env.CPEA_DEMO === '1',
  secureCookies: env.CPEA_SECURE_COOKIES === '1',
  /** The origin browsers use when a proxy in front changes the Host or the scheme. */
  publicOrigin: env.CPEA_PUBLIC_ORIGIN,
  logLevel: env.LOG_LEVEL,
  /** A period with no assessment is late this many days after it ends. */
  lateAfterDays: env.CPEA_LATE_AFTER_DAYS,
  /** scrypt's cost for new password hashes: always production's outside tests. */
  scryptN: PRODUCTION_SCRYPT_N,
}));
export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {}

/** Reads the environment once; every bad key is named in the error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const testConfig: Config = {
  port: 0,
  host: '127.0.0.1',
  dbPath: ':memory:',
  adminPassword: undefined,
  seedDemo: false,
  secureCookies: false,
  publicOrigin: undefined,
  logLevel: 'silent',
  lateAfterDays: DEFAULT_LATE_AFTER_DAYS,
  // Cheap hashing keeps the API tests fast; tests/unit/passwords.test.ts holds production to 2^15.
  scryptN: 2 ** 10,
};
