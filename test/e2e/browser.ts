// Debian's headless Chromium (installed by scripts/setup.sh; never a browser download)
// through playwright-core, with a fresh profile folder, for the tests of serve's page.

import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 1000 }, args: CHROMIUM_ARGS });
}
