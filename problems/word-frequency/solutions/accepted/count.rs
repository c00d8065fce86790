// Word frequency: count lower-cased letter runs, sort by count, then alphabetically.
use std::collections::HashMap;
use std::io::{self, Read, Write};

fn main() {
    let mut text = Vec::new();
    io::stdin().read_to_end(&mut text).unwrap();
    let mut counts: HashMap<Vec<u8>, u32> = HashMap::new();
    for word in text.split(|c| !c.is_ascii_alphabetic()) {
        if !word.is_empty() {
            *counts.entry(word.to_ascii_lowercase()).or_insert(0) += 1;
        }
    }
    let mut ranked: Vec<(Vec<u8>, u32)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for (word, count) in ranked {
        out.write_all(&word).unwrap();
        writeln!(out, " {}", count).unwrap();
    }
}
