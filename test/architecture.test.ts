import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles('src').map((path) => ({ path: relative('src', path), text: readFileSync(path, 'utf8') }));
const imports = (text: string): string[] => [...text.matchAll(/^(?:import|export)\b[^;]*?from\s*'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)]
  .map((match) => match[1] ?? match[2] ?? '');
const isNodeOnly = (path: string): boolean => path.startsWith('node/') || path === 'cli.ts';

// The layers, lowest first: a file may import its own layer and those below it, never above.
// Generated code (the screening reader, the screening and ruleset schemas as data, the default ruleset's answer
// types) sits just under the ruleset and screening parsers and the engine that read it.
const LAYERS = ['assert-never.ts', 'version.ts', 'schema', 'issues', 'generated', 'ruleset', 'screening', 'engine', 'explain', 'export', 'precompiled', 'schemas.ts', 'index.ts', 'node', 'cli.ts'];
const layerOf = (path: string): number => LAYERS.findIndex((layer) => path === layer || path.startsWith(`${layer}/`));

describe('architecture', () => {
  test('only src/node and the CLI entry import Node built-ins: the core stays browser-safe', () => {
    const offenders = files.filter((file) => !isNodeOnly(file.path) && imports(file.text).some((name) => name.startsWith('node:') || ['fs', 'path', 'crypto', 'child_process'].includes(name)));
    expect(offenders.map((file) => file.path)).toEqual([]);
  });

  test('the core never reads a clock or randomness, and never evaluates code', () => {
    const forbidden = /\bDate\.now\(|new Date\(\)|Math\.random\(|\beval\(|new Function\(|performance\.now\(/;
    const offenders = files.filter((file) => !isNodeOnly(file.path) && forbidden.test(file.text));
    expect(offenders.map((file) => file.path)).toEqual([]);
  });

  test('the only runtime dependency imported by the core is zod, and only zod/mini, whose parsers never probe eval', () => {
    const external = files.filter((file) => !isNodeOnly(file.path))
      .flatMap((file) => imports(file.text).filter((name) => !name.startsWith('.')));
    expect([...new Set(external)]).toEqual(['zod/mini']);
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['zod']);
  });

  // An app that embeds the engine installs neither; a clone has both, as development dependencies.
  test('the charting library and the type generator are optional peers, installed in development, for two commands only', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      peerDependencies: Record<string, string>; peerDependenciesMeta: Record<string, { optional?: boolean }>;
      devDependencies: Record<string, string>; optionalDependencies?: Record<string, string>;
    };
    const peers = ['echarts', 'json-schema-to-typescript'];
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual(peers);
    for (const peer of peers) {
      expect(manifest.peerDependenciesMeta[peer]).toEqual({ optional: true });
      expect(manifest.devDependencies[peer]).toBe(manifest.peerDependencies[peer]);
    }
    // npm installs optionalDependencies by default, so they would not keep the charts out of an app.
    expect(manifest.optionalDependencies).toBeUndefined();
  });

  test('the optional peers are imported by the Node side only, and there only as types or through import() when a command needs them', () => {
    const peerImports = (text: string): string[] => imports(text).filter((name) => /^(echarts|json-schema-to-typescript)(\/|$)/.test(name));
    const importers = files.filter((file) => peerImports(file.text).length > 0);
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.map((file) => file.path).filter((path) => !isNodeOnly(path))).toEqual([]);
    const eager = importers.filter((file) => /^import\s+(?!type\b)[^;]*?from\s*'(echarts|json-schema-to-typescript)(\/[^']*)?'/m.test(file.text));
    expect(eager.map((file) => file.path)).toEqual([]);
  });

  test('dependencies point one way: schema, issues, ruleset, screening, engine, explain, export, node', () => {
    const backwards = files.flatMap((file) => imports(file.text).filter((name) => name.startsWith('.')).flatMap((name) => {
      const target = relative('src', join('src', file.path, '..', name)).replace(/\.js$/, '.ts');
      return layerOf(target) > layerOf(file.path) ? [`${file.path} -> ${target}`] : [];
    }));
    expect(backwards).toEqual([]);
  });
  test('the engine is grouped by stage, and each stage imports only its own and earlier stages', () => {
    const stages = ['compile', 'read', 'evaluate', 'protect', 'decide', 'explain', 'result', 'prove', 'screener'];
    const engineFiles = files.filter((file) => file.path.startsWith('engine/'));
    expect(engineFiles.filter((file) => file.path.split('/').length !== 3).map((file) => file.path)).toEqual([]);
    const stageOf = (path: string): number => stages.indexOf(path.split('/')[1] ?? '');
    expect(engineFiles.filter((file) => stageOf(file.path) < 0).map((file) => file.path)).toEqual([]);
    const upwards = engineFiles.flatMap((file) => imports(file.text).filter((name) => name.startsWith('.')).flatMap((name) => {
      const target = relative('src', join('src', file.path, '..', name)).replace(/\.js$/, '.ts');
      return target.startsWith('engine/') && stageOf(target) > stageOf(file.path) ? [`${file.path} -> ${target}`] : [];
    }));
    expect(upwards).toEqual([]);
  });

  test('no source file takes part in an import circle', () => {
    const edges = new Map(files.map((file) => [file.path, imports(file.text).filter((name) => name.startsWith('.'))
      .map((name) => relative('src', join('src', file.path, '..', name)).replace(/\.js$/, '.ts'))]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (path: string, trail: string[]): void => {
      if (state.get(path) === 'done') return;
      if (state.get(path) === 'open') { circles.push([...trail.slice(trail.indexOf(path)), path].join(' -> ')); return; }
      state.set(path, 'open');
      for (const next of edges.get(path) ?? []) visit(next, [...trail, path]);
      state.set(path, 'done');
    };
    for (const path of edges.keys()) visit(path, []);
    expect(circles).toEqual([]);
  });
});
