import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file `npm pack` puts in the tarball: its path inside the package and its size in bytes. */
export interface PackedFile {
  readonly path: string;
  readonly size: number;
}

/** What `npm pack --json` says of a tarball. */
export interface PackedListing {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly PackedFile[];
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// Lifecycle scripts are skipped: `prepack` builds from an empty dist/, which would pull the built files
// from under the other tests; the suite's global setup has built them once already.
function pack(extra: readonly string[]): PackedListing {
  const text = execFileSync('npm', ['pack', '--json', '--ignore-scripts', ...extra], { cwd: ROOT, encoding: 'utf8' });
  const [listing] = JSON.parse(text) as [PackedListing];
  return listing;
}

/** What the tarball would hold, packed from the built dist/, without writing it. */
export function listPacked(): PackedListing {
  return pack(['--dry-run']);
}

/**
 * Packs the package and unpacks the tarball as npm installs it, into `node_modules/cse-screening` of a new
 * project folder in the system's temporary folder, beside links to its runtime dependencies only (no
 * optional peer is there). Returns the project folder; the caller removes it.
 */
export function installPacked(prefix: string): string {
  const project = mkdtempSync(join(tmpdir(), prefix));
  const { filename } = pack(['--pack-destination', project]);
  const installed = join(project, 'node_modules', 'cse-screening');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['xzf', join(project, filename), '-C', installed, '--strip-components', '1']);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    symlinkSync(join(ROOT, 'node_modules', name), join(project, 'node_modules', name), 'dir');
  }
  return project;
}
