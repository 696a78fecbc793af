import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileRuleset, explainResult, type ScreeningInput } from '../../src/index.js';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const screener = compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
const { ruleset } = screener;

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let url = '';
const consoleErrors: string[] = [];

/** Starts examples/web/serve.mjs on a free port and resolves with its URL, or rejects after 10 s. */
function startServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['examples/web/serve.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    server = child;
    const timer = setTimeout(() => reject(new Error('the demo server did not start within 10 s')), 10_000);
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (found !== null) { clearTimeout(timer); resolve(found[0]); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the demo server exited with ${String(code)}`)); });
  });
}

beforeAll(async () => {
  if (!existsSync('dist/index.js')) spawnSync('npx', ['tsup', '--silent'], { stdio: 'ignore', timeout: 120_000 });
  const built = spawnSync(process.execPath, ['examples/web/build.mjs'], { encoding: 'utf8', timeout: 60_000 });
  if (built.status !== 0) throw new Error(`examples/web/build.mjs failed: ${built.stderr}`);
  url = await startServer();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 30_000 });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(`${message.type()}: ${message.text()}`); });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, 'cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => { violations.push(`${event.violatedDirective} ${event.blockedURI}`); });
  });
});

afterAll(async () => {
  await browser?.close();
  if (server !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

async function open(): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
}

async function cspViolations(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** What the page shows: the level, the steps, the fired rules and the unanswered count. */
async function shown(): Promise<{ level: string | undefined; label: string; steps: string[]; rules: string[]; unanswered: string | undefined }> {
  const level = page.locator('#result-level');
  return {
    level: await level.getAttribute('data-level-id') ?? undefined,
    label: (await level.textContent()) ?? '',
    steps: await page.locator('#result-steps li[data-step-id]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['stepId'] ?? '')),
    rules: await page.locator('#result-why li[data-rule-id]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['ruleId'] ?? '')),
    unanswered: await page.locator('#result-unanswered').getAttribute('data-count') ?? undefined,
  };
}

function expected(screening: ScreeningInput): Awaited<ReturnType<typeof shown>> {
  const result = screener.screen(screening);
  return {
    level: result.level.id,
    label: `Level: ${result.level.label}`,
    steps: result.pathway.map((step) => step.id),
    rules: result.firedRules.map((rule) => rule.id),
    unanswered: String(result.unanswered.length),
  };
}

describe('the web demo (examples/web) under a strict CSP in Debian Chromium', () => {
  test('the server sends a strict Content Security Policy with no unsafe-eval and no unsafe-inline', async () => {
    const response = await page.goto(url);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  test('renders the checklist grouped by domain, with yes/no/possible/unknown radios for every indicator', async () => {
    await open();
    const domains = await page.locator('fieldset[data-domain]').evaluateAll((sets) => sets.map((set) => (set as HTMLElement).dataset['domain']));
    expect(domains).toEqual(ruleset.domains.filter((domain) => ruleset.indicators.some((indicator) => indicator.domain === domain.id)).map((domain) => domain.id));
    expect(await page.locator('fieldset[data-indicator]').count()).toBe(ruleset.indicators.length);
    const first = ruleset.indicators[0]?.id ?? '';
    expect(await page.locator(`input[name="answer:${first}"]`).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(['yes', 'no', 'possible', 'unknown']);
    expect(await page.locator('#age').count()).toBe(1);
    expect(await page.locator('fieldset[data-fact^="attribute:"]').count()).toBe(ruleset.attributes.length);
    expect(await shown()).toEqual(expected({ assessedOn: await page.inputValue('#assessed-on'), subject: {}, answers: {} }));
  });

  test('updates the level (colour and label), why, next steps and unanswered count on every change, exactly as screener.screen in Node', async () => {
    await open();
    await page.fill('#assessed-on', '2026-11-28');
    await page.fill('#age', '14');
    const screening: ScreeningInput = { assessedOn: '2026-11-28', subject: { ageYears: 14, attributes: {} }, answers: {}, context: {} };
    expect(await shown()).toEqual(expected(screening));

    const steps: [string, string][] = [['older-partner', 'possible'], ['secretive-phone-or-internet-use', 'yes'], ['self-harm', 'no'], ['looked-after-now', 'unknown']];
    for (const [id, value] of steps) {
      await page.check(`input[name="answer:${id}"][value="${value}"]`);
      screening.answers[id] = value as 'yes';
      expect(await shown(), `after answering ${id}`).toEqual(expected(screening));
    }
    await page.check('input[name="attribute:learningDisability"][value="yes"]');
    screening.subject.attributes = { learningDisability: true };
    expect(await shown()).toEqual(expected(screening));
    await page.check('input[name="context:openToChildrensSocialCare"][value="no"]');
    screening.context = { openToChildrensSocialCare: false };
    expect(await shown()).toEqual(expected(screening));
    await page.check('input[name="answer:missing-overnight-or-repeated"][value="yes"]');
    screening.answers['missing-overnight-or-repeated'] = 'yes';
    expect(await shown()).toEqual(expected(screening));
    await page.click('button[data-clear="answer:older-partner"]');
    delete screening.answers['older-partner'];
    expect(await shown()).toEqual(expected(screening));

    const result = screener.screen(screening);
    const badge = await page.locator('#result-level').evaluate((node) => getComputedStyle(node).backgroundColor);
    const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(result.level.colour.slice(at, at + 2), 16));
    expect(badge).toBe(`rgb(${r}, ${g}, ${b})`);
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/demo.png' });
  });

  test('prints a summary: the form is hidden, the level, answers and the plain-English explanation are shown', async () => {
    await open();
    await page.fill('#assessed-on', '2026-11-28');
    await page.fill('#age', '15');
    await page.check('input[name="answer:sexual-images-requested-or-shared"][value="possible"]');
    const result = screener.screen({ assessedOn: '2026-11-28', subject: { ageYears: 15 }, answers: { 'sexual-images-requested-or-shared': 'possible' } });
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('#screening').isVisible()).toBe(false);
      expect(await page.locator('#print-summary').isVisible()).toBe(true);
      expect(await page.locator('#result-level').textContent()).toBe(`Level: ${result.level.label}`);
      expect(await page.locator('#print-answers tbody tr').count()).toBe(1);
      expect(await page.locator('#print-explanation').textContent()).toBe(explainResult(result, ruleset));
      await page.screenshot({ path: 'test-artifacts/demo-print.png', fullPage: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('takes a date of birth, time windows, basis, evidence and a judgement with who agreed it, and shows exactly what screener.screen gives', async () => {
    await open();
    await page.fill('#assessed-on', '2026-11-28');
    await page.fill('#date-of-birth', '2012-03-01');
    const details = page.locator('[data-details="older-partner"]');
    expect(await details.isVisible()).toBe(false);
    await page.check('input[name="answer:older-partner"][value="yes"]');
    expect(await details.isVisible()).toBe(true);
    const [first, second] = ruleset.indicators.find((indicator) => indicator.id === 'older-partner')?.answer.kind === 'presence'
      ? (ruleset.indicators.find((indicator) => indicator.id === 'older-partner')?.answer as { windows: string[] }).windows : [];
    await page.check(`input[name="window:older-partner"][value="${first ?? ''}"]`);
    await page.check(`input[name="window:older-partner"][value="${second ?? ''}"]`);
    await page.check('input[name="basis:older-partner"][value="professional-concern"]');
    await page.fill('textarea[name="evidence:older-partner"]', 'seen with him twice');
    await page.check('input[name="answer:self-harm"][value="no"]');
    const level = ruleset.levels[2]?.id ?? '';
    await page.check(`input[name="judgement:level"][value="${level}"]`);
    await page.fill('#judgement-rationale', 'he is known to the police');
    const roles = ruleset.policy.judgement.agreementRoles;
    if (roles.length > 0) await page.check(`input[name="agreedBy:role"][value="${roles[0]?.id ?? ''}"]`);
    else await page.fill('#agreed-by-role-text', 'team-manager');
    const screening: ScreeningInput = {
      assessedOn: '2026-11-28', subject: { dateOfBirth: '2012-03-01', attributes: {} }, context: {},
      answers: { 'older-partner': { value: 'yes', window: [first ?? '', second ?? ''], basis: 'professional-concern', evidence: 'seen with him twice' }, 'self-harm': 'no' },
      judgement: { level, rationale: 'he is known to the police', agreedBy: { role: roles[0]?.id ?? 'team-manager' } },
    };
    expect(await shown()).toEqual(expected(screening));
  });

  test('prints every answered item, "No" included, with its time windows, and what could still apply as indicator texts, not paths', async () => {
    await open();
    await page.fill('#assessed-on', '2026-11-28');
    await page.fill('#age', '14');
    await page.check('input[name="answer:older-partner"][value="possible"]');
    await page.check(`input[name="window:older-partner"][value="${(ruleset.indicators.find((indicator) => indicator.id === 'older-partner')?.answer as { windows: string[] }).windows[0] ?? ''}"]`);
    await page.check('input[name="answer:self-harm"][value="no"]');
    await page.emulateMedia({ media: 'print' });
    try {
      const rows = await page.locator('#print-answers tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)));
      const text = (id: string): string => ruleset.indicators.find((indicator) => indicator.id === id)?.text ?? '';
      expect(rows.map((row) => row.slice(0, 2))).toEqual(ruleset.indicators.filter((indicator) => ['older-partner', 'self-harm'].includes(indicator.id)).map((indicator) => [text(indicator.id), indicator.id === 'self-harm' ? 'No' : 'Possible']));
      const result = screener.screen({ assessedOn: '2026-11-28', subject: { ageYears: 14 }, answers: { 'older-partner': 'possible', 'self-harm': 'no' } });
      if (result.undeterminedRules.length > 0) {
        expect(await page.locator('#print-open-box').isVisible()).toBe(true);
        const open = (await page.locator('#print-open').textContent()) ?? '';
        expect(open).not.toMatch(/answers[.[]|subject\.|context\./);
        const waitedOn = result.undeterminedRules.flatMap((rule) => rule.missing).find((path) => path.startsWith('answers'));
        const id = ruleset.indicators.find((indicator) => waitedOn?.includes(indicator.id))?.id;
        if (id !== undefined) expect(open).toContain(text(id));
      }
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('an invalid input clears the stale result: no level, steps, reasons, answers or explanation of the last valid form stay shown', async () => {
    await open();
    await page.fill('#assessed-on', '2026-11-28');
    await page.fill('#age', '15');
    await page.check('input[name="answer:sexual-assault"][value="yes"]');
    expect(await page.locator('#result-steps li[data-step-id]').count()).toBeGreaterThan(0);
    await page.fill('#judgement-rationale', 'no level chosen');
    expect(await page.locator('#result-level').textContent()).toBe('Check the form');
    expect(await page.locator('#result-level').getAttribute('data-level-id')).toBe('');
    expect(await page.locator('#result-steps li').count()).toBe(0);
    expect(await page.locator('#result-why li').count()).toBe(0);
    expect(await page.locator('#result-unanswered').textContent()).toBe('');
    expect(await page.locator('#print-answers tbody tr').count()).toBe(0);
    expect(await page.locator('#print-explanation').textContent()).toBe('');
    expect(await page.locator('#result-warnings li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['code']))).toContain('missing_key');
  });

  test('logged no console error and no page error, and the page reported no CSP violation (nothing needed eval)', async () => {
    await open();
    await page.check(`input[name="answer:${ruleset.indicators[0]?.id ?? ''}"][value="yes"]`);
    expect(consoleErrors).toEqual([]);
    expect(await cspViolations()).toEqual([]);
  });

  test('control: the CSP is enforced and a violation would be seen (an inline script is refused and reported)', async () => {
    await open();
    await page.addScriptTag({ content: 'document.body.dataset.inline = "ran";' }).catch(() => undefined);
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
    expect(await page.evaluate(() => document.body.dataset['inline'])).toBeUndefined();
    expect((await cspViolations())[0]).toMatch(/^script-src/);
    consoleErrors.length = 0;
  });
});
