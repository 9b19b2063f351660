import fs from 'node:fs';
import path from 'node:path';
import { CLIENT_DIST, measureInitialJavaScript } from '../bench/bundle-size';

// Run after `npm run build`: fails when the JavaScript the first page load needs grows past the
// limit. The benchmark's target is tighter (200 KB); this is the line that must never be crossed.

const LIMIT_BYTES = 250 * 1024;

if (!fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) {
  console.error(`No client build in ${CLIENT_DIST}: run npm run build first`);
  process.exit(1);
}
const { files, gzipBytes } = measureInitialJavaScript();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const file of files) console.log(`  ${file.file}  ${kb(file.bytes)}, ${kb(file.gzipBytes)} gzipped`);
console.log(`Initial JavaScript: ${kb(gzipBytes)} gzipped (limit ${kb(LIMIT_BYTES)})`);
if (gzipBytes > LIMIT_BYTES) {
  console.error(`The initial JavaScript is over the limit by ${kb(gzipBytes - LIMIT_BYTES)}`);
  process.exit(1);
}
