import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../__fixtures__/temp-folder.js';
import { submissionsYamlView } from './submissions-yaml-view.js';

afterEach(removeTempFolders);

describe('submissionsYamlView', () => {
  it('the language submissions.yaml gives a submission; nothing without the file', async () => {
    const dir = await createTempFolder({ 'submissions/submissions.yaml': 'accepted/greet.txt: { language: python3 }\n', 'submissions/accepted/greet.txt': '' });
    const view = await submissionsYamlView({ submissionsDir: join(dir, 'submissions') });
    expect(view.languageFor(join(dir, 'submissions/accepted/greet.txt'))).toBe('python3');
    expect(view.languageFor(join(dir, 'submissions/accepted/other.cpp'))).toBeUndefined();
    expect((await submissionsYamlView({ submissionsDir: null })).languageFor('x')).toBeUndefined();
    const bare = await createTempFolder({ 'submissions/accepted/a.cpp': '' });
    expect(await submissionsYamlView({ submissionsDir: join(bare, 'submissions') })).toMatchObject({ file: null });
  });

  it('accepted/ bounds the time limit from below unless the yaml opts its rule out', async () => {
    const dir = await createTempFolder({ 'submissions/submissions.yaml': 'accepted: { use_for_time_limit: false }\naccepted/fast.cpp: { use_for_time_limit: lower }\n' });
    const view = await submissionsYamlView({ submissionsDir: join(dir, 'submissions') });
    expect(view.boundsTimeLimitFromBelow(join(dir, 'submissions/accepted/slow.py'))).toBe(false);
    expect(view.boundsTimeLimitFromBelow(join(dir, 'submissions/accepted/fast.cpp'))).toBe(true);
    // An extra rule with use_for_time_limit: false does not opt out the folder's own rule (the format says so).
    const other = await createTempFolder({ 'submissions/submissions.yaml': 'accepted/slow.py: { use_for_time_limit: false }\n' });
    const otherView = await submissionsYamlView({ submissionsDir: join(other, 'submissions') });
    expect(otherView.boundsTimeLimitFromBelow(join(other, 'submissions/accepted/slow.py'))).toBe(true);
  });
});
