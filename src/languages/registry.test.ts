import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import type { LanguageInput } from './language.js';
import { createRegistry, detectLanguage, findLanguage, LanguageDefinitionError, languages, resolveLanguage } from './registry.js';

const valid: LanguageInput = {
  id: 'toy',
  name: 'Toy',
  extensions: ['.toy'],
  aliases: ['t'],
  image: 'toy',
  sourceName: 'solution.toy',
  compile: ['toyc', '-o', '{out}/solution', '{source}'],
  run: ['{box}/solution'],
  selfTest: { source: 'echo', input: 'x\n', output: 'x\n' },
};

function definitionError(entries: unknown[]): LanguageDefinitionError {
  try {
    createRegistry(entries as LanguageInput[]);
  } catch (error) {
    if (error instanceof LanguageDefinitionError) return error;
    throw error;
  }
  throw new Error('expected createRegistry to throw');
}

describe('createRegistry: schema and rules', () => {
  it('accepts a valid entry and fills the defaults', () => {
    const registry = createRegistry([valid]);
    expect(registry.all[0]).toMatchObject({ id: 'toy', env: {}, heapShare: 1 });
  });

  it.each([
    ['a missing run command', { ...valid, run: undefined }, 'run'],
    ['an empty run command', { ...valid, run: [] }, 'run'],
    ['an extension without a dot', { ...valid, extensions: ['toy'] }, 'extensions.0'],
    ['an upper-case extension', { ...valid, extensions: ['.TOY'] }, 'extensions.0'],
    ['a heapShare above 1', { ...valid, heapShare: 1.5 }, 'heapShare'],
    ['a missing self-test', { ...valid, selfTest: undefined }, 'selfTest'],
    ['an unknown field', { ...valid, heapshare: 0.5 }, undefined],
    ['an unknown placeholder', { ...valid, run: ['{box}/solution', '{memoryMb}'] }, 'run.1'],
    ['{out} in the run step', { ...valid, run: ['{out}/solution'] }, 'run.0'],
    ['{mainClass} without a pattern', { ...valid, sourceName: '{mainClass}.toy' }, 'sourceName'],
    ['a path as source name', { ...valid, sourceName: 'src/solution.toy' }, 'sourceName'],
    ['an unknown placeholder in env', { ...valid, env: { X: '{heap}' } }, 'env.X'],
    ['an alias with a space', { ...valid, aliases: ['toy lang'] }, 'aliases.0'],
    ['an invalid main-class pattern', { ...valid, mainClass: { pattern: 'class (', fallback: 'Main' } }, 'mainClass.pattern'],
    ['a main-class pattern without a group', { ...valid, mainClass: { pattern: 'class \\w+', fallback: 'Main' } }, 'mainClass.pattern'],
    ['a bad main-class fallback', { ...valid, mainClass: { pattern: 'class (\\w+)', fallback: '../x' } }, 'mainClass.fallback'],
    ['{sources} inside an argument', { ...valid, compile: ['toyc', '--files={sources}'] }, 'compile.1'],
    ['{sources} in the environment', { ...valid, env: { FILES: '{sources}' } }, 'env.FILES'],
    ['{sources} in the source name', { ...valid, sourceName: '{sources}' }, 'sourceName'],
    ['an include extension that is a source extension', { ...valid, includeExtensions: ['.h', '.toy'] }, 'includeExtensions.1'],
    ['an unknown main-file rule', { ...valid, mainFile: [{ kind: 'biggest' }] }, 'mainFile.0.kind'],
    ['an invalid main-file pattern', { ...valid, mainFile: [{ kind: 'containing', pattern: 'main(', description: 'has main' }] }, 'mainFile.0.pattern'],
    ['an import rule without {stem}', { ...valid, mainFile: [{ kind: 'notImported', pattern: 'import x' }] }, 'mainFile.0.pattern'],
    ['an invalid import rule', { ...valid, mainFile: [{ kind: 'notImported', pattern: 'import ({stem}' }] }, 'mainFile.0.pattern'],
    ['a kept-name extension that is not an extension', { ...valid, keepNameExtensions: ['.mtoy'] }, 'keepNameExtensions.0'],
    ['a main-file stem with a slash', { ...valid, mainFile: [{ kind: 'stem', stem: 'src/main' }] }, 'mainFile.0.stem'],
  ])('rejects %s, naming the language and the field', (_what, entry, field) => {
    const error = definitionError([entry]);
    expect(error.languageId).toBe('toy');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(/^language "toy"/);
  });

  it('names an entry without a usable id by its position', () => {
    const error = definitionError([valid, { ...valid, id: 'Not An Id' }]);
    expect(error.message).toMatch(/^language "Not An Id": id:/);
    expect(definitionError([valid, { ...valid, id: undefined }]).languageId).toBe('#1');
  });

  it('rejects an extension used by two languages', () => {
    const error = definitionError([valid, { ...valid, id: 'toy2', aliases: [] }]);
    expect(error.message).toBe('language "toy2": extensions.0: extension ".toy" is already used by language "toy" (remove it here, or change toy\'s)');
  });

  it('rejects an alias that is another language\'s id or alias, in any case', () => {
    const other = { ...valid, id: 'other', extensions: ['.oth'], aliases: ['TOY'] };
    expect(definitionError([valid, other]).field).toBe('aliases.0');
    expect(definitionError([valid, { ...other, aliases: ['T'] }]).message).toContain('"t" is already used by language "toy"');
  });

  it('rejects a duplicate id', () => {
    expect(definitionError([valid, { ...valid, extensions: ['.x'], aliases: [] }]).field).toBe('id');
  });

  it('lets a variant share its language\'s extensions, and only a language that is not a variant', () => {
    const variant = { ...valid, id: 'toy2', aliases: [], variantOf: 'toy' };
    expect(createRegistry([valid, variant]).byExtension.get('.toy')?.id).toBe('toy');
    expect(definitionError([valid, { ...variant, variantOf: 'tyo' }]).message).toMatch(/variantOf: "tyo" is not a language .* \(did you mean toy\?\)/);
    expect(definitionError([valid, variant, { ...variant, id: 'toy3', variantOf: 'toy2' }]).field).toBe('variantOf');
    expect(definitionError([{ ...valid, variantOf: 'toy' }]).field).toBe('variantOf');
  });

  it('accepts a claim on another language\'s extension only', () => {
    const claimer = { ...valid, id: 'other', extensions: ['.oth'], aliases: [], claims: [{ extension: '.toy', pattern: '^:-' }] };
    expect(createRegistry([valid, claimer]).claims.get('.toy')?.[0]?.language.id).toBe('other');
    expect(definitionError([claimer]).field).toBe('claims.0.extension');
    expect(definitionError([valid, { ...claimer, claims: [{ extension: '.oth', pattern: 'x' }] }]).field).toBe('claims.0.extension');
    expect(definitionError([valid, { ...claimer, claims: [{ extension: '.toy', pattern: '(' }] }]).field).toBe('claims.0.pattern');
  });

  it('explains an upper-case extension: detection ignores case', () => {
    expect(definitionError([{ ...valid, extensions: ['.R'] }]).message).toMatch(/extensions\.0: .*lower-case.*write \.r for \.R/);
  });
});

describe('detectLanguage', () => {
  const byExtension = languages.all.filter((language) => language.variantOf === undefined).flatMap((language) => language.extensions.map((extension) => [extension, language.id]));

  it.each(byExtension)('detects %s as %s', (extension, id) => {
    expect(detectLanguage(languages, `/work/sol${extension}`).id).toBe(id);
  });

  it('ignores the case of the extension', () => {
    expect(detectLanguage(languages, 'Solution.CPP').id).toBe('cpp');
    expect(detectLanguage(languages, 'Main.Java').id).toBe('java');
    expect(detectLanguage(languages, 'sol.R').id).toBe('r');
  });

  it('never picks a variant by extension, only by name', () => {
    expect(detectLanguage(languages, 'a.cpp').id).toBe('cpp');
    expect(detectLanguage(languages, 'a.py').id).toBe('python');
    expect(detectLanguage(languages, 'a.cpp', 'c++20').id).toBe('cpp20');
    expect(detectLanguage(languages, 'a.cpp', 'clang').id).toBe('cpp-clang');
    expect(detectLanguage(languages, 'a.py', 'pypy3').id).toBe('pypy');
  });

  it('gives .pl to Perl, unless the text is Prolog (a clause or a directive starts a line)', () => {
    expect(detectLanguage(languages, 'a.pl', undefined, 'my ($a, $b) = split " ", <STDIN>;\nprint $a + $b, "\\n";\n').id).toBe('perl');
    expect(detectLanguage(languages, 'a.pl', undefined, 'print 1 ? 2 :-3;\n').id).toBe('perl');
    expect(detectLanguage(languages, 'a.pl', undefined, 'main :-\n    read(X), write(X).\n').id).toBe('prolog');
    expect(detectLanguage(languages, 'a.pl', undefined, ':- initialization(main).\nmain.\n').id).toBe('prolog');
    expect(detectLanguage(languages, 'a.pl', undefined, 'add(X, Y, Z) :- Z is X + Y.\n').id).toBe('prolog');
    expect(detectLanguage(languages, 'a.pl').id).toBe('perl');
    expect(detectLanguage(languages, 'a.plg').id).toBe('prolog');
  });

  it.each([
    ['c++', 'cpp'], ['cc', 'cpp'], ['cpp17', 'cpp'], ['CPP', 'cpp'], ['py', 'python'], ['python3', 'python'],
    ['js', 'javascript'], ['node', 'javascript'], ['ts', 'typescript'], ['Java', 'java'], ['golang', 'go'],
    ['rs', 'rust'], ['c', 'c'], ['kt', 'kotlin'], ['Kotlin', 'kotlin'], ['cs', 'csharp'], ['C#', 'csharp'], ['mono', 'csharp'],
    ['c++20', 'cpp20'], ['c++23', 'cpp23'], ['pypy3', 'pypy'], ['clang++', 'cpp-clang'], ['ghc', 'haskell'], ['fpc', 'pascal'],
    ['sbcl', 'lisp'], ['swipl', 'prolog'], ['gnat', 'ada'], ['Rscript', 'r'], ['sh', 'bash'], ['f95', 'fortran'],
  ])('--lang %s means %s, whatever the extension', (option, id) => {
    expect(detectLanguage(languages, 'notes.txt', option).id).toBe(id);
    expect(detectLanguage(languages, 'sol.py', option).id).toBe(id);
  });

  it('finds every id and alias', () => {
    for (const language of languages.all) {
      for (const name of [language.id, ...language.aliases]) expect(findLanguage(languages, name)).toBe(language);
    }
  });

  it('rejects an unknown extension, naming the file and listing what is known', () => {
    const call = () => detectLanguage(languages, 'solutions/sol.cob');
    expect(call).toThrow(UsageError);
    expect(call).toThrow(/solutions\/sol\.cob.*"\.cob".*\.c \.cpp .*\.rs .*\.kt \.cs.*\.pas.*--lang/);
  });

  it('rejects a file without an extension', () => {
    expect(() => detectLanguage(languages, 'solution')).toThrow(/solution: it has no extension/);
  });

  it('rejects an unknown --lang with a suggestion and the known names', () => {
    const call = () => detectLanguage(languages, 'sol.py', 'pyhton');
    expect(call).toThrow(UsageError);
    expect(call).toThrow(/unknown language "pyhton" for --lang: did you mean python\? known: c \(c17\), cpp \(c\+\+/);
  });

  it('resolves a bare name (for commands that take language names)', () => {
    expect(resolveLanguage(languages, ' Python3 ').id).toBe('python');
    expect(() => resolveLanguage(languages, 'cobol')).toThrow(/^unknown language "cobol": known: c \(c17\)/);
  });
});

describe('seccomp profiles of the languages', () => {
  it('every language names a profile that exists in seccomp/', async () => {
    const { existsSync } = await import('node:fs');
    const { seccompDir } = await import('../paths.js');
    for (const language of languages.all) {
      expect(existsSync(`${seccompDir}/${language.seccompProfile}.json`), language.id).toBe(true);
    }
  });
});
