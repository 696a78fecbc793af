/* global document, window, fetch, FormData */
// The checklist demo: plain JavaScript, no framework. It renders the ruleset's checklist grouped by
// domain and screens the answers on every change with the library's built ESM bundle. Every text
// from the ruleset is set with textContent, never as HTML. Nothing is sent anywhere.
import { compileRuleset, explainResult } from './vendor/cse-screening.js';

const PRESENCE = [['yes', 'Yes'], ['no', 'No'], ['possible', 'Possible'], ['unknown', 'Not known']];
const FACT_CHOICES = [['yes', 'Yes'], ['no', 'No'], ['', 'Not known']];
const ANSWER_LABEL = { yes: 'Yes', no: 'No', possible: 'Possible', unknown: 'Not known' };

const form = document.getElementById('screening');
const screener = compileRuleset(await (await fetch('./vendor/brighton-hove-cse.json')).json());
const { ruleset } = screener;

/** Creates an element with a class and text. */
function element(tag, { className, text, attributes } = {}) {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes ?? {})) node.setAttribute(name, value);
  return node;
}

/** A group of radio buttons, one per [value, label]. */
function radios(name, choices, { checked } = {}) {
  const box = element('div', { className: 'choices' });
  for (const [value, label] of choices) {
    const wrapper = element('label');
    const input = element('input', { attributes: { type: 'radio', name, value } });
    if (value === checked) input.defaultChecked = true;
    wrapper.append(input, ` ${label}`);
    box.append(wrapper);
  }
  return box;
}

/** A yes/no/not known question for a subject attribute or context fact ("not known" is never false). */
function factQuestion(prefix, fact) {
  const set = element('fieldset', { className: 'item', attributes: { 'data-fact': `${prefix}:${fact.id}` } });
  set.append(element('legend', { text: fact.label }), radios(`${prefix}:${fact.id}`, FACT_CHOICES, { checked: '' }));
  if (fact.description !== undefined) set.append(element('p', { className: 'muted', text: fact.description }));
  return set;
}

function renderPage() {
  document.getElementById('ruleset-title').textContent = ruleset.meta.title;
  document.getElementById('ruleset-version').textContent = `Ruleset ${ruleset.meta.id} ${ruleset.meta.version}, ${ruleset.meta.publisher}`;
  if (ruleset.meta.status !== 'approved') {
    const status = document.getElementById('ruleset-status');
    status.textContent = `Draft ruleset. ${ruleset.meta.approval}`;
    status.hidden = false;
  }
  const assessedOn = document.getElementById('assessed-on');
  const today = new Date();
  assessedOn.defaultValue = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((part) => String(part).padStart(2, '0')).join('-');

  document.getElementById('attributes').append(...ruleset.attributes.map((fact) => factQuestion('attribute', fact)));
  document.getElementById('context').append(...ruleset.contextFacts.map((fact) => factQuestion('context', fact)));

  const checklist = document.getElementById('checklist');
  for (const domain of ruleset.domains) {
    const indicators = ruleset.indicators.filter((indicator) => indicator.domain === domain.id);
    if (indicators.length === 0) continue;
    const set = element('fieldset', { className: 'domain', attributes: { 'data-domain': domain.id } });
    set.append(element('legend', { text: domain.label }));
    if (domain.description !== undefined) set.append(element('p', { className: 'muted domain-description', text: domain.description }));
    for (const indicator of indicators) {
      const item = element('fieldset', { className: 'item', attributes: { 'data-indicator': indicator.id } });
      const choices = indicator.answer.kind === 'ordinal'
        ? [...indicator.answer.scores.map((entry) => [String(entry.score), `${entry.score}: ${entry.label}`]), ['unknown', 'Not known']]
        : PRESENCE;
      const guidance = element('details');
      guidance.append(element('summary', { text: 'Guidance' }), element('p', { text: indicator.guidance }));
      const clear = element('button', { className: 'clear', text: 'Clear answer', attributes: { type: 'button', 'data-clear': `answer:${indicator.id}` } });
      item.append(element('legend', { text: indicator.text }), radios(`answer:${indicator.id}`, choices), guidance, clear);
      set.append(item);
    }
    checklist.append(set);
  }
}

/** The screening the form holds now. Unanswered items and facts left "not known" are left out. */
function collect() {
  const data = new FormData(form);
  const answers = {};
  for (const indicator of ruleset.indicators) {
    const value = data.get(`answer:${indicator.id}`);
    if (value === null) continue;
    answers[indicator.id] = indicator.answer.kind === 'ordinal' && value !== 'unknown' ? Number(value) : value;
  }
  const facts = (prefix, list) => Object.fromEntries(list.flatMap((fact) => {
    const value = data.get(`${prefix}:${fact.id}`);
    return value === 'yes' || value === 'no' ? [[fact.id, value === 'yes']] : [];
  }));
  const age = String(data.get('age') ?? '').trim();
  const assessedOn = String(data.get('assessedOn') ?? '');
  return {
    ...(assessedOn === '' ? {} : { assessedOn }),
    subject: { ...(age === '' ? {} : { ageYears: Number(age) }), attributes: facts('attribute', ruleset.attributes) },
    answers,
    context: facts('context', ruleset.contextFacts),
  };
}

/** Black or white text, whichever reads better on the level colour. */
function textOn(colour) {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16) / 255)
    .map((channel) => (channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179 ? '#000000' : '#ffffff';
}

function fill(id, items) {
  const list = document.getElementById(id);
  list.replaceChildren(...items);
  return list;
}

const indicatorText = (id) => ruleset.indicators.find((indicator) => indicator.id === id)?.text ?? id;

function becauseText(because) {
  switch (because.kind) {
    case 'answer': return `${indicatorText(because.indicator)} (${ANSWER_LABEL[because.answer] ?? because.answer})`;
    case 'age': return `age ${because.years}`;
    case 'attribute': return ruleset.attributes.find((fact) => fact.id === because.attribute)?.label ?? because.attribute;
    case 'context': return ruleset.contextFacts.find((fact) => fact.id === because.fact)?.label ?? because.fact;
    case 'score': return `score ${because.value}`;
    case 'level': return `level ${because.level}`;
    default: return '';
  }
}

function showResult(result) {
  const level = document.getElementById('result-level');
  level.textContent = `Level: ${result.level.label}`;
  level.dataset.levelId = result.level.id;
  level.dataset.rag = result.level.rag;
  document.documentElement.style.setProperty('--level-colour', result.level.colour);
  document.documentElement.style.setProperty('--level-text', textOn(result.level.colour));

  const potential = document.getElementById('result-potential');
  potential.hidden = result.potentialLevel.rank <= result.level.rank;
  potential.textContent = `Could be as high as ${result.potentialLevel.label} once the unanswered or unknown items are known.`;

  const unanswered = document.getElementById('result-unanswered');
  unanswered.dataset.count = String(result.unanswered.length);
  unanswered.textContent = `${result.unanswered.length} of ${result.completeness.total} items unanswered (never read as "no").`;

  fill('result-why', result.firedRules.length === 0
    ? [element('li', { text: 'No rule fired.' })]
    : result.firedRules.map((rule) => {
      const item = element('li', { text: rule.title, attributes: { 'data-rule-id': rule.id } });
      if (rule.because.length > 0) item.append(element('div', { className: 'muted', text: `because: ${rule.because.map(becauseText).join('; ')}` }));
      return item;
    }));
  fill('result-open', result.undeterminedRules.map((rule) => element('li', { text: rule.title, attributes: { 'data-rule-id': rule.id } })));
  document.getElementById('result-open-box').hidden = result.undeterminedRules.length === 0;

  fill('result-steps', result.pathway.length === 0
    ? [element('li', { text: 'None required by the rules.' })]
    : result.pathway.map((step) => {
      const item = element('li', { attributes: { 'data-step-id': step.id } });
      item.append(element('strong', { text: step.title }),
        element('div', { className: 'muted', text: `${step.strength}, ${step.urgency}${step.timescale === undefined ? '' : ` (${step.timescale})`}: ${step.actor}` }));
      return item;
    }));

  fill('result-warnings', result.warnings.map((warning) => element('li', { text: warning.message, attributes: { 'data-code': warning.code } })));
  document.getElementById('result-warnings-box').hidden = result.warnings.length === 0;

  const answered = ruleset.indicators.filter((indicator) => result.present.includes(indicator.id) || result.possible.includes(indicator.id) || result.unknown.includes(indicator.id));
  const answerOf = (id) => (result.present.includes(id) ? 'Present' : result.possible.includes(id) ? 'Possible' : 'Not known');
  document.querySelector('#print-answers tbody').replaceChildren(...answered.map((indicator) => {
    const row = element('tr');
    row.append(element('td', { text: indicator.text }), element('td', { text: answerOf(indicator.id) }));
    return row;
  }));
  document.getElementById('print-explanation').textContent = explainResult(result, ruleset);
}

/** The form cannot be screened as it stands: say where, from the issue codes and paths (never the values). */
function showIssues(issues) {
  const level = document.getElementById('result-level');
  level.textContent = 'Check the form';
  level.dataset.levelId = '';
  document.documentElement.style.setProperty('--level-colour', '#505a5f');
  document.documentElement.style.setProperty('--level-text', '#ffffff');
  const names = { ageYears: 'Age', dateOfBirth: 'Date of birth', assessedOn: 'Date of assessment' };
  fill('result-warnings', issues.map((issue) => element('li', {
    text: `${names[issue.path.at(-1)] ?? issue.path.join('.')}: ${issue.message}`,
    attributes: { 'data-code': issue.code },
  })));
  document.getElementById('result-warnings-box').hidden = false;
  for (const id of ['result-why', 'result-steps', 'result-open']) fill(id, []);
}

function update() {
  const outcome = screener.safeScreen(collect());
  if (outcome.success) showResult(outcome.data);
  else showIssues(outcome.issues);
}

renderPage();
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('reset', () => window.setTimeout(update, 0));
form.addEventListener('click', (event) => {
  const name = event.target instanceof window.HTMLElement ? event.target.dataset.clear : undefined;
  if (name === undefined) return;
  for (const input of form.querySelectorAll(`input[name="${name}"]`)) input.checked = false;
  update();
});
document.getElementById('print').addEventListener('click', () => window.print());
update();
document.body.dataset.ready = 'true';
