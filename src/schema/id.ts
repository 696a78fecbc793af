import * as z from 'zod/mini';

/** A stable identifier for indicators, levels, rules, steps, domains, windows and sources: kebab-case, never reused. */
export const IdSchema = z.string().check(
  z.maxLength(80),
  z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/),
).register(z.globalRegistry, { id: 'Id', description: 'A stable kebab-case identifier, for example "missing-from-home".' });

/** An identifier of a subject attribute or context fact: camelCase, as it appears as a key in a screening. */
export const FactIdSchema = z.string().check(
  z.maxLength(80),
  z.regex(/^[a-z][a-zA-Z0-9]*$/),
).register(z.globalRegistry, { id: 'FactId', description: 'A camelCase identifier of a subject attribute or context fact, for example "learningDisability".' });

/** A calendar date in ISO 8601 form (YYYY-MM-DD). */
export const IsoDateSchema = z.iso.date().register(z.globalRegistry, { id: 'IsoDate', description: 'A calendar date, YYYY-MM-DD.' });

/** Plain text written for people: one line or a short paragraph, never empty. */
export const TextSchema = z.string().check(z.minLength(1), z.maxLength(4000));
