import { afterEach, beforeEach, vi } from 'vitest';

// The library never logs: any console call from code under test fails the test (as zod's suite does).
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const method of methods) vi.spyOn(console, method).mockImplementation(() => { calls.push(method); });
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) throw new Error(`console was called during the test: ${calls.join(', ')}`);
});
