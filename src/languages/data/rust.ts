// Rust 1.63, edition 2021.

import type { LanguageInput } from '../language.js';
import { ECHO } from './common.js';

export const RUST_LANGUAGES: LanguageInput[] = [
  {
    id: 'rust',
    name: 'Rust 2021 (rustc)',
    extensions: ['.rs'],
    aliases: ['rs'],
    image: 'rust',
    sourceName: 'solution.rs',
    // The crate root: main.rs, or the only .rs file; the others are its modules (`mod util;`).
    mainFile: [
      { kind: 'stem', stem: 'main' },
      { kind: 'only' },
    ],
    compile: ['rustc', '--edition', '2021', '-O', '-C', 'strip=debuginfo', '-o', '{out}/solution', '{source}'],
    run: ['{box}/solution'],
    outOfMemoryMarkers: ['memory allocation of'],
    selfTest: {
      ...ECHO,
      source: `use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    out.write_all(input.as_bytes()).unwrap();
}
`,
    },
  },
];
