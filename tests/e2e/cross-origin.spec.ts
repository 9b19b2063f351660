import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import type { Assessment } from '@cpea/shared/assessment';
import { CHALLENGE_IDS, ENTERED_INDICATORS } from '@cpea/shared/catalog';
import { createMission } from './support';

// The attack as it was made: a page served from another port of the same host (the same site,
// so the SameSite=Strict session cookie goes along) posts an import to the app while the admin
// is signed in, with a no-cors fetch and with a plain HTML form, neither of which the browser
// asks the server about first.

/** Serves one page on a port of its own; closes with the test. */
async function attackerServer(html: string) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

test('a page on another port of the same host cannot import as the signed-in admin', async ({
  page,
  request,
  baseURL,
}) => {
  const mission = await createMission(request);
  const app = new URL(baseURL ?? '');
  const target = `${app.origin}/api/import/assessments`;
  const columns = [
    'mission_id',
    'period',
    ...ENTERED_INDICATORS.map((indicator) => indicator.id),
    ...CHALLENGE_IDS.map((id) => `challenge_${id}`),
  ];
  const csv = `${columns.join(',')}\n${mission.id},2024Q1${','.repeat(columns.length - 2)}\n`;

  const { server, port } = await attackerServer(`<!doctype html>
<title>Cute cats</title>
<iframe name="sink"></iframe>
<form id="form" method="post" enctype="text/plain" target="sink" action="${target}">
  <input type="hidden" name="${columns.join(',')}" value="${csv.slice(columns.join(',').length + 1).trim()}">
</form>
<script>
  fetch(${JSON.stringify(target)}, {
    method: 'POST',
    mode: 'no-cors',
    credentials: 'include',
    headers: { 'Content-Type': 'text/plain' },
    body: ${JSON.stringify(csv)},
  }).finally(() => document.getElementById('form').submit());
</script>`);
  try {
    const attacker = `http://localhost:${port}`;
    expect(attacker).not.toBe(app.origin);
    // The fetch's answer is withheld from the page (Cross-Origin-Resource-Policy), so the
    // browser's own network log is read: what was sent with each request, and the status.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    // The extra-info events may come before or after the request they belong to: joined by id.
    const posts = new Set<string>();
    const headersOf = new Map<string, Record<string, string>>();
    const statusOf = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', ({ requestId, request: sent }) => {
      if (sent.method === 'POST' && sent.url === target) posts.add(requestId);
    });
    cdp.on('Network.requestWillBeSentExtraInfo', ({ requestId, headers }) => {
      headersOf.set(requestId, headers as Record<string, string>);
    });
    cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) => statusOf.set(requestId, statusCode));
    const answered = () =>
      [...posts]
        .filter((id) => headersOf.has(id) && statusOf.has(id))
        .map((id) => ({ headers: headersOf.get(id), status: statusOf.get(id) }));
    await page.goto(attacker);
    await expect.poll(() => answered().length).toBe(2);

    for (const { headers = {}, status } of answered()) {
      const header = (name: string) => Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
      // The browser did attach the admin's session: only the origin check stands in the way.
      expect(header('cookie') ?? '').toContain('cpea_session=');
      expect(header('origin')).toBe(attacker);
      expect(status).toBe(403);
    }

    const assessments = await request.get(`/api/missions/${mission.id}/assessments`);
    expect(assessments.ok()).toBe(true);
    expect((await assessments.json()) as Assessment[]).toEqual([]);
  } finally {
    server.close();
  }
});
