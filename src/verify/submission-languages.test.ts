import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { submissionLanguages } from './submission-languages.js';

afterEach(removeTempFolders);

describe('submissionLanguages', () => {
  it('what submissions.yaml says a submission is written in; nothing without the file', async () => {
    const dir = await createTempFolder({ 'submissions/submissions.yaml': 'accepted/greet.txt: { language: python3 }\n', 'submissions/accepted/greet.txt': '' });
    const languageFor = await submissionLanguages({ submissionsDir: join(dir, 'submissions') });
    expect(languageFor(join(dir, 'submissions/accepted/greet.txt'))).toBe('python3');
    expect(languageFor(join(dir, 'submissions/accepted/other.cpp'))).toBeUndefined();
    expect((await submissionLanguages({ submissionsDir: null }))('x')).toBeUndefined();
    const bare = await createTempFolder({ 'submissions/accepted/a.cpp': '' });
    expect((await submissionLanguages({ submissionsDir: join(bare, 'submissions') }))(join(bare, 'submissions/accepted/a.cpp'))).toBeUndefined();
  });
});
