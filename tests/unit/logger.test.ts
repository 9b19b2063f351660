import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';

const run = promisify(execFile);

// A process that logs and then ends at once: the log must still hold every line.
async function linesLoggedBy(ending: string): Promise<{ msg: string }[]> {
  const script = `
    import { createLogger } from './server/src/logger.ts';
    const logger = createLogger('info');
    for (let i = 0; i < 5000; i++) logger.info({ i }, 'line ' + i);
    ${ending}
  `;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    maxBuffer: 64 << 20,
  }).catch((failed: { stdout: string }) => failed);
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { msg: string });
}

describe('the server log', () => {
  it('writes every line when the process exits straight after logging', async () => {
    const lines = await linesLoggedBy('process.exit(0);');
    expect(lines).toHaveLength(5000);
    expect(lines.at(-1)?.msg).toBe('line 4999');
  });

  it('writes every line when the process dies of an uncaught error', async () => {
    const lines = await linesLoggedBy("throw new Error('boom');");
    expect(lines).toHaveLength(5000);
  });

  it('writes a line soon after it is logged, while the process runs on', async () => {
    const script = `
      import { createLogger } from './server/src/logger.ts';
      createLogger('info').info('alone');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    // Killed however the test ends: a line never written ends it by timeout, and the child runs on.
    onTestFinished(() => {
      child.kill();
    });
    const firstLine = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
      });
    });
    expect(JSON.parse(firstLine)).toMatchObject({ msg: 'alone' });
  });
});
