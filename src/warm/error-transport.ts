// Errors cross the socket as descriptions and come back as errors: one the user can fix
// keeps its message and exit code (the CLI's error boundary prints one line), anything
// else stays a bug, with the helper's stack.

import { UserFacingError } from '../errors.js';
import type { ErrorDescription } from './protocol.js';

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof UserFacingError) return { name: error.name, message: error.message, exitCode: error.exitCode };
  if (error instanceof Error) return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { name: 'Error', message: String(error) };
}

export function reviveError(description: ErrorDescription): Error {
  if (description.exitCode !== undefined) {
    const error = new UserFacingError(description.message, description.exitCode as UserFacingError['exitCode']);
    error.name = description.name;
    return error;
  }
  const error = new Error(description.message);
  error.name = description.name;
  if (description.stack) error.stack = `${description.stack}\n    (in the warm helper)`;
  return error;
}
