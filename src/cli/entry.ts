// What bin/letscode.js runs. A `letscode judge` on a person's machine first tries the warm
// helper with nothing but Node's own modules loaded (warm/quick-client.ts); everything
// else, and a judge the helper declines or no helper answers, runs the full CLI (main.ts).

import { takeBackExtraCaCerts } from '../common/extra-ca-certs.js';
import { warmPathEnabled } from './warm-path.js';

export async function run(argv: string[]): Promise<number> {
  takeBackExtraCaCerts();
  if (argv[2] === 'judge' && warmPathEnabled(!argv.includes('--no-warm'))) {
    const { judgeQuickly } = await import('../warm/quick-client.js');
    const code = await judgeQuickly(argv);
    if (code !== null) return code;
  }
  const { main } = await import('./main.js');
  return main(argv);
}
