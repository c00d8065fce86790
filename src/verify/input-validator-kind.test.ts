import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { inputValidatorKind } from './input-validator-kind.js';

afterEach(removeTempFolders);

describe('inputValidatorKind', () => {
  it('runs programs, and passes over the kinds and languages letscode does not run', async () => {
    const dir = await createTempFolder({
      'input_validators/validate.py': 'import sys\nsys.exit(42)\n',
      'input_validators/folder/validate.cpp': 'int main() { return 42; }\n',
      'input_validators/format.viva': '<< n >>\n',
      'input_validators/format.ctd': 'INT(1, 10) NEWLINE\n',
      'input_validators/validate.swift': 'exit(42)\n',
      'input_validators/validate.cob': 'STOP RUN.\n',
      'input_validators/old.py': '#!/usr/bin/env python2\nimport sys\nsys.exit(42)\n',
    });
    const kind = (name: string) => inputValidatorKind({ path: join(dir, 'input_validators', name) });
    expect(await kind('validate.py')).toEqual({ kind: 'program' });
    expect(await kind('folder')).toEqual({ kind: 'program' });
    expect(await kind('format.viva')).toEqual({ kind: 'skipped', reason: 'a VIVA input description, which letscode does not run' });
    expect(await kind('format.ctd')).toEqual({ kind: 'checktestdata' });
    expect(await kind('validate.swift')).toEqual({ kind: 'skipped', reason: 'Swift, a language letscode does not run (see letscode languages)' });
    expect(await kind('validate.cob')).toEqual({ kind: 'skipped', reason: 'COBOL, a language letscode does not run (see letscode languages)' });
    expect(await kind('old.py')).toEqual({ kind: 'skipped', reason: 'Python 2 (its #! line names python2), and letscode runs Python 3' });
  });
});
