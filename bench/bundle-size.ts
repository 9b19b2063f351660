import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const CLIENT_DIR = path.resolve(import.meta.dirname, '../client');
export const CLIENT_DIST = path.join(CLIENT_DIR, 'dist');

export interface InitialJavaScript {
  files: { file: string; bytes: number; gzipBytes: number }[];
  /** Everything the page loads before it can run: the entry script and its modulepreloads, gzipped. */
  gzipBytes: number;
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of text.matchAll(ATTRIBUTE)) {
    attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  }
  return attributes;
}

/** The entry module and the modules it preloads, in the order index.html names them. */
export function initialScripts(indexHtml: string): string[] {
  const scripts: string[] = [];
  for (const [, tag, rest] of indexHtml.matchAll(TAG)) {
    const attributes = attributesOf(rest);
    if (tag.toLowerCase() === 'script' && attributes.get('type') === 'module' && attributes.has('src')) {
      scripts.push(attributes.get('src') as string);
    } else if (tag.toLowerCase() === 'link' && attributes.get('rel') === 'modulepreload' && attributes.has('href')) {
      scripts.push(attributes.get('href') as string);
    }
  }
  return scripts;
}

/** Measures the initial JavaScript of a built client; gzip at node:zlib's default level. */
export function measureInitialJavaScript(dist = CLIENT_DIST): InitialJavaScript {
  const indexHtml = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = initialScripts(indexHtml).map((src) => {
    const content = fs.readFileSync(path.join(dist, src.replace(/^\//, '')));
    return { file: src, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  if (files.length === 0) throw new Error(`No module script in ${path.join(dist, 'index.html')}`);
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

/** Builds the client unless a build is there already. */
export function ensureClientBuild() {
  if (fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) return;
  execFileSync('npx', ['vite', 'build', CLIENT_DIR], { stdio: 'inherit' });
}
