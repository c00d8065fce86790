import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FORMAT_DEFAULTS, type FormatDefaults } from './format-defaults.js';

const README = new URL('../../../README.md', import.meta.url);

/** The README row for one generation: the table there is this data, written out. */
function readmeRow(defaults: FormatDefaults): string {
  const cells = [
    defaults.versions.join(', '),
    `${defaults.memoryMiB} MiB`,
    `${defaults.outputMiB} MiB`,
    `${defaults.codeKiB} KiB`,
    `slowest accepted × ${defaults.acToTimeLimit} (\`${defaults.acToTimeLimitKey}\`)`,
    `× ${defaults.timeLimitToTle} (\`${defaults.timeLimitToTleKey}\`)`,
    `${defaults.timeResolutionSeconds} s`,
  ];
  return `| ${cells.join(' | ')} |`;
}

describe('FORMAT_DEFAULTS', () => {
  it.each(Object.entries(FORMAT_DEFAULTS))('agrees with the README table (%s)', async (_generation, defaults) => {
    const readme = await readFile(README, 'utf8');
    expect(readme.split('\n')).toContain(readmeRow(defaults));
  });

  it('lists each format version once', () => {
    const versions = Object.values(FORMAT_DEFAULTS).flatMap((defaults) => defaults.versions);
    expect(new Set(versions).size).toBe(versions.length);
  });
});
