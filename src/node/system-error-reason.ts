/**
 * The system's error code of a failed file operation, as ` (ENOTDIR)`, or '' when it has none: the code
 * only, never the error's message, which may quote a path or a file's content.
 */
export function systemErrorReason(error: unknown): string {
  const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^E[A-Z]{2,15}$/.test(code) ? ` (${code})` : '';
}
