import { describe, expect, it } from 'vitest';
import { loadConfig, testConfig } from '../../server/src/config';
import { PRODUCTION_SCRYPT_N, hashPassword, verifyPassword } from '../../server/src/services/passwords';

describe('password hashing', () => {
  it('uses scrypt at N = 2^15 wherever the configuration comes from the environment', () => {
    expect(PRODUCTION_SCRYPT_N).toBe(32768);
    expect(loadConfig({}).scryptN).toBe(PRODUCTION_SCRYPT_N);
    expect(loadConfig({ NODE_ENV: 'test', CPEA_SCRYPT_N: '2' }).scryptN).toBe(PRODUCTION_SCRYPT_N);
  });

  it('stores the cost with the hash, so a hash made at one cost verifies at any other setting', async () => {
    const production = await hashPassword('correct horse battery', PRODUCTION_SCRYPT_N);
    expect(production).toMatch(/^scrypt\$32768\$8\$1\$/);
    const cheap = await hashPassword('correct horse battery', testConfig.scryptN);
    expect(cheap).toMatch(/^scrypt\$1024\$8\$1\$/);
    for (const stored of [production, cheap]) {
      expect(await verifyPassword('correct horse battery', stored)).toBe(true);
      expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    }
  });
});
