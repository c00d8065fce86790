// The code editor: CodeMirror 6 with line numbers, bracket matching, undo history and the
// highlighting of the picked language; labelled "Code" for screen readers and tests. Lines
// a compiler complained about are marked.

import { basicSetup } from 'codemirror';
import { indentWithTab } from '@codemirror/commands';
import { Compartment, RangeSet, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';

const setErrorLines = StateEffect.define<number[]>();

const errorLines = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(lines, transaction) {
    // Editing clears the marks: they belonged to the code that was compiled.
    if (transaction.docChanged) return Decoration.none;
    for (const effect of transaction.effects) {
      if (effect.is(setErrorLines)) {
        const { doc } = transaction.state;
        const marks = effect.value.filter((line) => line >= 1 && line <= doc.lines).sort((a, b) => a - b);
        return RangeSet.of([...new Set(marks)].map((line) => Decoration.line({ class: 'cm-compile-error-line' }).range(doc.line(line).from)));
      }
    }
    return lines;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export interface CodeEditor {
  readonly view: EditorView;
  get code(): string;
  set code(text: string);
  setHighlighting(extension: Extension): void;
  markErrorLines(lines: number[]): void;
}

export function createEditor(parent: HTMLElement, options: { onChange(code: string): void; shortcuts: { run(): void; submit(): void } }): CodeEditor {
  const highlighting = new Compartment();
  const view = new EditorView({
    parent,
    extensions: [
      basicSetup,
      keymap.of([
        { key: 'Mod-Enter', run: () => (options.shortcuts.run(), true) },
        { key: 'Mod-Shift-Enter', run: () => (options.shortcuts.submit(), true) },
        indentWithTab,
      ]),
      highlighting.of([]),
      errorLines,
      EditorView.contentAttributes.of({ 'aria-label': 'Code', 'aria-multiline': 'true' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange(update.state.doc.toString());
      }),
    ],
  });
  return {
    view,
    get code() {
      return view.state.doc.toString();
    },
    set code(text: string) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    setHighlighting: (extension) => view.dispatch({ effects: highlighting.reconfigure(extension) }),
    markErrorLines: (lines) => view.dispatch({ effects: setErrorLines.of(lines) }),
  };
}
