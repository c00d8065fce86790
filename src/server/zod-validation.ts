// Fastify validates request bodies with the API's zod schemas (schemas.ts), so every
// mistake is the same one line it always was: the dot path of the field, and for a typo
// the field it probably meant. A route declares `schema: { body: zodBody(schema, known) }`.

import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { HttpError } from './http-types.js';
import { parseBody, type KnownFields } from './schemas.js';

const ZOD_BODY = Symbol('zod body');

export interface ZodBody {
  [ZOD_BODY]: { schema: z.ZodType; known: KnownFields };
}

export function zodBody(schema: z.ZodType, known: KnownFields = {}): ZodBody {
  return { [ZOD_BODY]: { schema, known } };
}

/** For app.setValidatorCompiler: a zod body schema validates; anything else is a bug. */
export const zodValidatorCompiler: FastifySchemaCompiler<unknown> = ({ schema }) => {
  const body = (schema as Partial<ZodBody>)[ZOD_BODY];
  if (!body) throw new Error('a route schema must be made with zodBody()');
  return (data: unknown) => {
    try {
      return { value: parseBody(body.schema, data, body.known) };
    } catch (error) {
      if (error instanceof HttpError) return { error };
      throw error;
    }
  };
};
