// The gcc image precompiles <bits/stdc++.h> and <iostream> for every C++ standard letscode
// offers (images/gcc/Dockerfile): g++ must really pick them (-H marks a used .gch with
// "!"), and a solution that starts with either header must judge as before.

import { execa } from 'execa';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSpecFor } from '../../src/images/image-spec.js';
import { fixturesDir, judgeJson } from './cli.js';
import { scratchDirs } from './scratch.js';

const image = imageSpecFor('gcc').ref;
const scratchDir = scratchDirs('pch');

async function usedHeader(source: string, std: string): Promise<string> {
  const script = `cat > /tmp/a.cpp && g++ -std=${std} -O2 -pipe -DONLINE_JUDGE -H -fsyntax-only /tmp/a.cpp 2>&1 | head -1`;
  const run = await execa('docker', ['run', '--rm', '-i', '--network', 'none', '--entrypoint', 'sh', image, '-c', script], { input: source });
  return run.stdout;
}

describe('precompiled headers in the gcc image', () => {
  for (const std of ['gnu++17', 'gnu++20', 'gnu++23']) {
    it(`are used for <iostream> and <bits/stdc++.h> with -std=${std}`, async () => {
      expect(await usedHeader('#include <iostream>\nint main() {}\n', std)).toBe(`! /usr/include/c++/12/iostream.gch/${std}.gch`);
      expect(await usedHeader('#include <bits/stdc++.h>\nint main() {}\n', std)).toMatch(new RegExp(`^! /usr/include/.*/c\\+\\+/12/bits/stdc\\+\\+\\.h\\.gch/${std.replace(/\+/g, '\\+')}\\.gch$`));
    });
  }

  it('change nothing a solution sees: <iostream> first judges AC, and a compile error keeps its line number', async () => {
    const dir = scratchDir('pch-solutions');
    const ok = join(dir, 'sum.cpp');
    writeFileSync(ok, '#include <iostream>\nint main() { long long a, b; std::cin >> a >> b; std::cout << a + b << "\\n"; }\n');
    const problem = join(fixturesDir, 'echo-sum');
    const { report: accepted } = await judgeJson(problem, ok);
    expect(accepted.verdict).toBe('AC');
    const broken = join(dir, 'broken.cpp');
    writeFileSync(broken, '#include <iostream>\nint main() {\n  std::cout << undeclared_name;\n}\n');
    const { report: failed } = await judgeJson(problem, broken);
    expect(failed.verdict).toBe('CE');
    expect(failed.compile.message).toMatch(/:3:16: error: .undeclared_name. was not declared/);
  });
});
