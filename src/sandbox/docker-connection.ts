// Turns a failed connection to the Docker engine into one line that says how to fix it.

import { errorMessage } from '../errors.js';
import type { EngineAddress } from './engine-client.js';

export function connectionHint(address: EngineAddress, error: unknown): string {
  const where = address.label;
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
    case 'ECONNREFUSED':
      return `Docker is not running (nothing answers at ${where}). Start it with \`sudo systemctl start docker\` or \`sudo dockerd &\`, or run \`bash scripts/setup.sh\`.`;
    case 'EACCES':
      return `Permission denied on ${where}. Add yourself to the docker group: \`sudo usermod -aG docker $USER\`, then log in again.`;
    default:
      return `Cannot reach Docker at ${where}: ${errorMessage(error)}. Is the engine running (\`docker info\`)?`;
  }
}
