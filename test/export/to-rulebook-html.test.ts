import { describe, expect, test } from 'vitest';
import { compileRuleset, safeCompileRuleset } from '../../src/index.js';
import { escapeHtml } from '../../src/export/rulebook/escape-html.js';
import { toRulebookHtml } from '../../src/export/to-rulebook-html.js';
import { toRulebookMarkdown } from '../../src/export/to-rulebook-markdown.js';
import { setAt } from '../support/edit-json.js';
import { fixtureScreener } from '../support/fixture-screener.js';
import { loadFixture } from '../support/load-fixture.js';
import { plantCanary } from '../support/plant-canary.js';

const screener = fixtureScreener('tiered');
const { ruleset } = screener;
const html = toRulebookHtml(ruleset, { fingerprint: screener.stamp.fingerprint });
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('escapeHtml', () => {
  test('replaces the five characters that can open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('toRulebookHtml', () => {
  test('is one standalone English page: inline CSS, no scripts, no external assets', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
  });

  test('has print rules: each major section starts a page, and table heads repeat', () => {
    expect(html).toContain('@media print');
    expect(html).toContain('main > section { break-before: page; }');
    expect(html).toContain('thead { display: table-header-group; }');
  });

  test('has the levels, indicators, rules and pathway as tables with captions and header scopes', () => {
    for (const id of ['levels', 'indicators', 'rules', 'pathway', 'pathway-by-level', 'pathway-by-trigger', 'sources', 'policy-choices']) {
      expect(html).toMatch(new RegExp(`<table id="${id}">\\n<caption>[^<]+</caption>\\n<thead><tr><th scope="col">`));
    }
    expect(count(html, '<table')).toBe(count(html, '</table>'));
    expect(html).toContain('<tr class="group"><th scope="rowgroup" colspan="7">General</th></tr>');
    for (const indicator of ruleset.indicators) {
      expect(html).toContain(`<tr><th scope="row"><strong>${escapeHtml(indicator.text)}</strong><br><code>${indicator.id}</code></th>`);
    }
  });

  test('shows each level colour as a swatch with its rating and colour written out', () => {
    expect(html).toContain('<span class="swatch" style="background-color: #c62828" aria-hidden="true"></span>Red (#c62828)');
  });

  test('has a table of contents whose every link reaches a section', () => {
    const links = [...html.matchAll(/<li><a href="#([^"]+)">/g)].map((match) => match[1]);
    expect(links.length).toBe(13);
    for (const id of links) expect(html).toContain(`<section id="${id}"`);
  });

  test('has the same content as the Markdown: every indicator, rule, step and level, and the sign-off notice', () => {
    const markdown = toRulebookMarkdown(ruleset);
    expect(html).toContain('Draft: not signed off for use with children');
    expect(markdown).toContain('Draft: not signed off for use with children');
    for (const text of [...ruleset.levels.map((level) => level.label), ...ruleset.rules.map((rule) => rule.title), ...ruleset.steps.map((step) => step.title)]) {
      expect(html).toContain(escapeHtml(text));
    }
  });

  test('is byte-identical across two runs', () => {
    expect(toRulebookHtml(structuredClone(ruleset), { fingerprint: screener.stamp.fingerprint })).toBe(html);
  });

  test('escapes every piece of ruleset text: a planted <script> appears only as text', () => {
    const planted = compileRuleset(plantCanary(loadFixture('tiered'), '<script>alert("x")</script>')).ruleset;
    const page = toRulebookHtml(planted);
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(count(page, '&lt;script&gt;')).toBeGreaterThan(20);
  });

  test('links a source to its http or https address, and a ruleset with any other kind of address is refused', () => {
    const withUrls = (url: string): unknown => setAt(setAt(loadFixture('tiered'), ['meta', 'sources'], [
      { id: 'test', title: 'Test source', url: 'https://example.org/a?b=1&c="2"' },
      { id: 'other', title: 'Other source', url },
    ]), ['indicators', 0, 'sources'], [{ source: 'test' }, { source: 'other' }]);
    const page = toRulebookHtml(compileRuleset(withUrls('http://example.org/b')).ruleset);
    expect(page).toContain('<a href="https://example.org/a?b=1&amp;c=%222%22">Test source</a>');
    const refused = safeCompileRuleset(withUrls('javascript:alert(1)'));
    expect(refused.success ? [] : refused.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'invalid_format', path: ['meta', 'sources', 1, 'url'] }]);
  });
});
