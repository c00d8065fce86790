// placeholder until generate lands
import type { CommandRequest } from '../requests.js';

export async function generateCommand(_request: Extract<CommandRequest, { command: 'generate' }>): Promise<number> {
  return 4;
}
