import { execFileSync } from 'node:child_process';

/** Builds dist/ once before the suite, so that CLI and package tests run the real built files. */
export default function buildOnce(): void {
  execFileSync('npx', ['tsup', '--silent'], { stdio: 'inherit' });
}
