/** A place in the input, as a raw issue gives it. */
type RawPath = readonly PropertyKey[];

/**
 * An issue as a parser finds it, before {@link fromZod} words it: what zod's parsers give, and what
 * src/schema/parse-shape.ts gives in the same form. Only the members the wording reads are listed;
 * `continue` says whether the parse of the value went on after it (zod's own flag).
 */
export type RawIssue = { readonly path: RawPath; readonly continue?: boolean | undefined } & (
  | { readonly code: 'invalid_type'; readonly expected: string }
  | { readonly code: 'too_small'; readonly minimum: number | bigint; readonly origin: string; readonly inclusive?: boolean | undefined }
  | { readonly code: 'too_big'; readonly maximum: number | bigint; readonly origin: string; readonly inclusive?: boolean | undefined }
  | { readonly code: 'invalid_format'; readonly format: string }
  | { readonly code: 'not_multiple_of'; readonly divisor: number | bigint }
  | { readonly code: 'unrecognized_keys'; readonly keys: readonly string[] }
  | { readonly code: 'invalid_union'; readonly errors: readonly (readonly RawIssue[])[]; readonly discriminator?: string | undefined; readonly options?: readonly unknown[] | undefined }
  | { readonly code: 'invalid_value'; readonly values: readonly unknown[] }
  | { readonly code: 'invalid_key' | 'invalid_element' | 'custom' }
);
