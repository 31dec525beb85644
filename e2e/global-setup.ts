import fs from 'node:fs';
import { ensureWebBuild } from '../scripts/lib/web-build.mjs';
import { chromiumPath } from './browser.ts';

/** The specs drive the built web app in the system's Chromium: both must be there. */
export default async function setup() {
  if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  await ensureWebBuild();
}
