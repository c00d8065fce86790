// The language a problem's format runs a submission in when nothing else names one (no
// --lang, no submissions.yaml `language`): Kattis and problemtools run Python 3 on PyPy 3,
// and the Python submissions of real archives are written for its speed. Asking for
// `python` by name still gets CPython.

import type { Language } from '../languages/language.js';
import { languages, resolveLanguage } from '../languages/registry.js';
import type { Problem } from './model.js';

/** Language id -> the id the format runs it as. */
export const FORMAT_LANGUAGES: Readonly<Record<Problem['format'], Readonly<Record<string, string>>>> = {
  kattis: { python: 'pypy' },
  native: {},
  'oj-tools': {},
};

/** The language a submission detected as `language` is judged in, in a problem of this format. */
export function languageJudgedAs(format: Problem['format'], language: Language): Language {
  const id = FORMAT_LANGUAGES[format][language.id];
  return id ? resolveLanguage(languages, id) : language;
}
