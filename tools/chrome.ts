import { existsSync } from 'node:fs';

/**
 * Flags for Debian's Chromium on this closed network: without the background-networking ones it
 * floods the machine with refused connections.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    // Loud on purpose: a missing browser must never turn into skipped tests or audits.
    throw new Error(
      `Chromium not found at ${path}. Install Debian's Chromium with ` +
        '`sudo apt-get update && sudo apt-get install -y chromium`, or set CHROME_PATH to a Chromium binary.',
    );
  }
  return path;
}
