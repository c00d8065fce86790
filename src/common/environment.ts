// What the environment says about where letscode runs.

export type Env = Record<string, string | undefined>;

/** A CI machine: no spinners, no background helpers (each run starts from nothing). */
export function isCI(env: Env): boolean {
  return env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
}
