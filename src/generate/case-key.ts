// The cache key of a case: a hash of everything that decides its files. The generator's
// source and command (seed included), a copied file's bytes, the text written in
// generators.yaml, and what answers it (the solution's source, or none). Changing any of
// them makes the case again; changing anything else leaves it alone.

import { sha256 } from './cache.js';
import type { CaseRule } from './plan.js';

/** Bump when the way cases are made changes, so old caches make everything again. */
const KEY_FORMAT = 1;

export interface KeyParts {
  /** The generator's hash (generate: rules). */
  generator: string | null;
  /** sha256 of each copied file, by extension (copy: rules). */
  copied: Record<string, string> | null;
  /** What answers the case when nothing else does: a solution's hash, 'interactive' or 'none'. */
  answeredBy: string;
}

export function caseKey(rule: CaseRule, parts: KeyParts): string {
  const { input } = rule;
  const source =
    input.kind === 'generate'
      ? { generator: parts.generator, command: input.command, seed: input.seed, retries: rule.retries }
      : input.kind === 'copy'
        ? { copied: parts.copied }
        : { inline: input.content };
  return sha256(JSON.stringify({ format: KEY_FORMAT, source, ans: rule.ans, yaml: rule.yaml, needsAnswer: rule.needsAnswer, answeredBy: parts.answeredBy }));
}
