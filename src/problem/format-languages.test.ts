import { describe, expect, it } from 'vitest';
import { languages, resolveLanguage } from '../languages/registry.js';
import { languageJudgedAs } from './format-languages.js';

describe('languageJudgedAs', () => {
  it('runs Python 3 on PyPy 3 in Kattis packages, as Kattis does', () => {
    const python = resolveLanguage(languages, 'python');
    expect(languageJudgedAs('kattis', python).id).toBe('pypy');
    expect(languageJudgedAs('native', python).id).toBe('python');
    expect(languageJudgedAs('oj-tools', python).id).toBe('python');
  });

  it('leaves every other language as detected', () => {
    const cpp = resolveLanguage(languages, 'cpp');
    expect(languageJudgedAs('kattis', cpp)).toBe(cpp);
  });
});
