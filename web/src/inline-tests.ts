// With no problem picked, Submit judges against tests written here: pairs of input and
// expected output (the inline `tests` of POST /v1/submissions), kept in this browser.

import { h, replaceChildren } from './dom.js';

export interface InlineTest {
  input: string;
  output: string;
}

const KEY = 'letscode.inline-tests';

export class InlineTests {
  readonly #root: HTMLElement;
  #tests: InlineTest[];

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#tests = load();
    this.#render();
  }

  get tests(): InlineTest[] {
    return this.#tests.filter((test) => test.input !== '' || test.output !== '');
  }

  #render(): void {
    const rows = this.#tests.map((test, index) => {
      const input = h('textarea', { attrs: { 'aria-label': `Input of test ${index + 1}`, rows: 3, spellcheck: 'false' }, on: { input: () => this.#set(index, { input: input.value }) } });
      input.value = test.input;
      const output = h('textarea', { attrs: { 'aria-label': `Expected output of test ${index + 1}`, rows: 3, spellcheck: 'false' }, on: { input: () => this.#set(index, { output: output.value }) } });
      output.value = test.output;
      const remove = h('button', { attrs: { type: 'button', 'aria-label': `Remove test ${index + 1}` }, on: { click: () => this.#remove(index) } }, '×');
      return h('div', { class: 'inline-test' }, h('span', { class: 'test-number' }, index + 1), input, output, remove);
    });
    replaceChildren(this.#root,
      h('p', { class: 'note' }, 'No problem is picked: Submit judges against these tests (input, then expected output; tokens compared).'),
      ...rows,
      h('button', { attrs: { type: 'button' }, on: { click: () => this.#add() } }, 'Add test'));
  }

  #set(index: number, change: Partial<InlineTest>): void {
    this.#tests[index] = { ...this.#tests[index]!, ...change };
    save(this.#tests);
  }

  #add(): void {
    this.#tests.push({ input: '', output: '' });
    save(this.#tests);
    this.#render();
  }

  #remove(index: number): void {
    this.#tests.splice(index, 1);
    if (this.#tests.length === 0) this.#tests.push({ input: '', output: '' });
    save(this.#tests);
    this.#render();
  }
}

function load(): InlineTest[] {
  try {
    const tests = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    if (Array.isArray(tests) && tests.length > 0) return tests.map((test: Partial<InlineTest>) => ({ input: String(test.input ?? ''), output: String(test.output ?? '') }));
  } catch {
    // A damaged entry: start again with one empty test.
  }
  return [{ input: '', output: '' }];
}

function save(tests: InlineTest[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(tests));
  } catch {
    // Storage full or disabled: the page still holds the tests.
  }
}
