// What the page keeps in this browser: the code being written for each problem (saved as
// it is typed, so a reload, a crash or a server that went away loses nothing), the language
// last picked, the problem last open and the custom input.

const PREFIX = 'letscode.';
const NO_PROBLEM = '(none)';

export interface Draft {
  code: string;
  language: string;
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(PREFIX + key, value);
  } catch {
    // Storage full or disabled: the editor still holds the code.
  }
}

export const drafts = {
  load(problemId: string | null): Draft | null {
    const text = read(`draft.${problemId ?? NO_PROBLEM}`);
    if (!text) return null;
    try {
      const draft = JSON.parse(text) as Partial<Draft>;
      return typeof draft.code === 'string' && typeof draft.language === 'string' ? { code: draft.code, language: draft.language } : null;
    } catch {
      return null;
    }
  },
  save(problemId: string | null, draft: Draft): void {
    write(`draft.${problemId ?? NO_PROBLEM}`, JSON.stringify(draft));
  },
  get language(): string | null {
    return read('language');
  },
  set language(id: string) {
    write('language', id);
  },
  get problem(): string | null {
    return read('problem');
  },
  set problem(id: string) {
    write('problem', id);
  },
  get input(): string {
    return read('input') ?? '';
  },
  set input(text: string) {
    write('input', text);
  },
};
