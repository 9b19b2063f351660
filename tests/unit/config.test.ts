import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config';

const refusal = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
};

describe('configuration', () => {
  it.each([
    ['12345678', 'CPEA_ADMIN_PASSWORD: At least 10 characters'],
    [' '.repeat(10), 'CPEA_ADMIN_PASSWORD: A password cannot be only spaces'],
    ['qwertyuiop', 'CPEA_ADMIN_PASSWORD: This password is one of the most common; choose another'],
  ])('refuses the admin password %j as the API would', (password, message) => {
    expect(refusal({ CPEA_ADMIN_PASSWORD: password })).toContain(message);
  });

  it('takes an admin password the API would take', () => {
    expect(loadConfig({ CPEA_ADMIN_PASSWORD: 'choose-a-long-one' }).adminPassword).toBe('choose-a-long-one');
  });

  it('listens on this machine only unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    for (const host of ['0.0.0.0', '::', '10.0.0.7', 'localhost']) expect(loadConfig({ HOST: host }).host).toBe(host);
    expect(refusal({ HOST: 'not a host!' })).toContain('HOST: must be an IP address or a host name');
  });
});
