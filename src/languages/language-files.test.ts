import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemFileError, UsageError } from '../errors.js';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { languageFiles, loadLanguages } from './language-files.js';
import { builtInLanguages, findLanguage } from './registry.js';

afterEach(removeTempFolders);

const ZIG = `zig:
  name: Zig 0.10
  extensions: [.zig]
  image: ./zig
  sourceName: solution.zig
  compile: [zig, build-exe, -O, ReleaseFast, "-femit-bin={out}/solution", "{source}"]
  run: ["{box}/solution"]
  selfTest: { source: "pub fn main() void {}", input: "hello 42\\n", output: "hello 42\\n" }
`;
const BASE_DOCKERFILE = 'ARG BASE_IMAGE=debian:bookworm-slim\nFROM ${BASE_IMAGE}\nRUN true\n';

/** Loads with a contest file holding `yaml` (and the other files given) and no user config. */
async function load(yaml: string, files: Record<string, string> = {}) {
  const dir = await createTempFolder({ 'contest/languages.yaml': yaml, ...files });
  const registry = await loadLanguages({ option: 'contest/languages.yaml', cwd: dir, env: { XDG_CONFIG_HOME: join(dir, 'no-config') } });
  return { dir, registry };
}

async function loadError(yaml: string, files: Record<string, string> = {}): Promise<ProblemFileError> {
  try {
    await load(yaml, files);
  } catch (error) {
    if (error instanceof ProblemFileError) return error;
    throw error;
  }
  throw new Error('expected the languages file to be rejected');
}

describe('languageFiles', () => {
  it('reads the user config, then --languages, else $LETSCODE_LANGUAGES', () => {
    expect(languageFiles({ env: { HOME: '/home/u' }, cwd: '/c' })).toEqual([{ path: '/home/u/.config/letscode/languages.yaml', required: false }]);
    expect(languageFiles({ env: { XDG_CONFIG_HOME: '/x', LETSCODE_LANGUAGES: 'env.yaml' }, cwd: '/c' })).toEqual([
      { path: '/x/letscode/languages.yaml', required: false },
      { path: '/c/env.yaml', required: true },
    ]);
    expect(languageFiles({ option: 'opt.yaml', env: { XDG_CONFIG_HOME: '/x', LETSCODE_LANGUAGES: 'env.yaml' }, cwd: '/c' })[1]?.path).toBe('/c/opt.yaml');
  });
});

describe('loadLanguages', () => {
  it('is the built-in registry itself when there is no file', async () => {
    const dir = await createTempFolder();
    expect(await loadLanguages({ env: { XDG_CONFIG_HOME: dir } })).toBe(builtInLanguages);
  });

  it('changes only the fields a file gives for a built-in language', async () => {
    const { registry } = await load('cpp:\n  compile: [g++, -std=gnu++20, -O2, -o, "{out}/solution", "{sources}"]\n');
    const cpp = findLanguage(registry, 'cpp');
    expect(cpp?.compile).toContain('-std=gnu++20');
    expect(cpp?.name).toBe('C++17 (g++)');
    expect(cpp?.extensions).toContain('.cpp');
    expect(findLanguage(builtInLanguages, 'cpp')?.compile).toContain('-std=gnu++17');
  });

  it('adds a language with an image folder of its own, relative to the file', async () => {
    const { dir, registry } = await load(ZIG, { 'contest/zig/Dockerfile': BASE_DOCKERFILE });
    const zig = findLanguage(registry, 'zig');
    expect(zig?.image).toBe(join(dir, 'contest/zig'));
    expect(registry.byExtension.get('.zig')).toBe(zig);
    expect(registry.all.length).toBe(builtInLanguages.all.length + 1);
  });

  it('lays the contest file over the user\'s', async () => {
    const dir = await createTempFolder({
      'config/letscode/languages.yaml': 'ruby:\n  name: Ruby (mine)\n  aliases: [rb, ruby3]\n',
      'contest.yaml': 'ruby:\n  name: Ruby (contest)\n',
    });
    const registry = await loadLanguages({ option: 'contest.yaml', cwd: dir, env: { XDG_CONFIG_HOME: join(dir, 'config') } });
    expect(findLanguage(registry, 'ruby3')?.name).toBe('Ruby (contest)');
  });

  it('takes an empty file as no change', async () => {
    const { registry } = await load('# nothing yet\n');
    expect(registry.all.map((language) => language.id)).toEqual(builtInLanguages.all.map((language) => language.id));
  });

  it('insists that a file named on purpose exists', async () => {
    const dir = await createTempFolder();
    await expect(loadLanguages({ option: 'missing.yaml', cwd: dir, env: { XDG_CONFIG_HOME: dir } })).rejects.toThrow(UsageError);
    await expect(loadLanguages({ option: 'missing.yaml', cwd: dir, env: { XDG_CONFIG_HOME: dir } })).rejects.toThrow(/missing\.yaml: it does not exist/);
  });
});

describe('loadLanguages: mistakes are one line with the file, the field and the fix', () => {
  it.each([
    ['a typo in a field', 'cpp:\n  compiel: [g++]\n', 'cpp.compiel', /unknown field \(did you mean compile\?\)/],
    ['a command that is not a list', 'cpp:\n  run: "{box}/solution"\n', 'cpp.run', /expected a list, got the text/],
    ['an unknown placeholder', 'cpp:\n  run: ["{box}/{sollution}"]\n', 'cpp.run.0', /unknown placeholder \{sollution\} \(did you mean \{solution\}|unknown placeholder \{sollution\} \(known/],
    ['an upper-case extension', 'r:\n  extensions: [.R]\n', 'r.extensions.0', /the text "\.R" is not valid here \(.*\.r for \.R\)/],
    ['a new language without a run command', 'zig:\n  name: Zig\n', 'zig.extensions', /is missing \(a new language needs name, extensions, image/],
    ['an id that differs from its key', 'cpp:\n  id: c++\n', 'cpp.id', /leave it out: the key, cpp, is the id/],
    ['an image letscode does not have', 'cpp:\n  image: gccc\n', 'cpp.image', /no image "gccc" \(did you mean gcc\? name one of ada, bash/],
    ['an own image folder without a Dockerfile', 'cpp:\n  image: ./nowhere\n', 'cpp.image', /nowhere has no Dockerfile/],
    ['an unknown seccomp profile', 'cpp:\n  seccompProfile: loose\n', 'cpp.seccompProfile', /no seccomp profile "loose"/],
    ['an extension another language has', 'cpp:\n  extensions: [.cpp, .c]\n', 'cpp.extensions.1', /"\.c" is already used by language "c"/],
    ['a variant of nothing', 'cpp20:\n  variantOf: cxx\n', 'cpp20.variantOf', /"cxx" is not a language/],
    ['a language that is not a mapping', 'cpp: [g++]\n', 'cpp', /expected the language's fields, got a list/],
  ])('%s', async (_what, yaml, field, message) => {
    const error = await loadError(yaml);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^\/.*contest\/languages\.yaml: /);
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('rejects an own Dockerfile that does not build on the base image (it holds the runner)', async () => {
    const error = await loadError(ZIG, { 'contest/zig/Dockerfile': 'FROM debian:bookworm-slim\n' });
    expect(error.field).toBe('zig.image');
    expect(error.message).toMatch(/does not build on letscode's base image \(start it with ARG BASE_IMAGE and FROM \$\{BASE_IMAGE\}/);
  });

  it('rejects a file that is not a mapping, or not YAML', async () => {
    expect((await loadError('- cpp\n')).message).toMatch(/languages\.yaml: expected a mapping from language ids to their fields, got a list/);
    expect((await loadError('cpp:\n  run: [a\n')).message).toMatch(/languages\.yaml: line \d+:\d+: invalid YAML/);
  });
});
