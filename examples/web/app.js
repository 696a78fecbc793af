/* global document, window, fetch, FormData */
// The checklist demo: plain JavaScript, no framework. It renders the ruleset's checklist grouped by
// domain and screens the answers on every change with the library's built ESM bundle. Every text
// from the ruleset is set with textContent, never as HTML. Nothing is sent anywhere.
import { compileRuleset, explainResult, formatPath } from './vendor/cse-screening.js';

const PRESENCE = [['yes', 'Yes'], ['no', 'No'], ['possible', 'Possible'], ['unknown', 'Not known']];
const FACT_CHOICES = [['yes', 'Yes'], ['no', 'No'], ['', 'Not known']];
const ANSWER_LABEL = { yes: 'Yes', no: 'No', possible: 'Possible', unknown: 'Not known' };
const BASIS = [['evidence', 'Evidence'], ['professional-concern', 'Professional concern']];

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

/** A group of check boxes, one per [value, label]. */
function checkboxes(name, choices) {
  const box = element('div', { className: 'choices' });
  for (const [value, label] of choices) {
    const wrapper = element('label');
    wrapper.append(element('input', { attributes: { type: 'checkbox', name, value } }), ` ${label}`);
    box.append(wrapper);
  }
  return box;
}

/** The details of an answer, shown once it is answered yes or possible: when, on what basis, and the evidence. */
function answerDetails(indicator) {
  const details = element('div', { className: 'answer-details', attributes: { 'data-details': indicator.id } });
  details.hidden = true;
  const windows = indicator.answer.kind === 'presence' ? indicator.answer.windows : [];
  if (windows.length > 0) {
    details.append(element('p', { className: 'detail-label', text: 'When? Tick each that applies.' }),
      checkboxes(`window:${indicator.id}`, windows.map((id) => [id, ruleset.windows.find((window) => window.id === id)?.label ?? id])));
  }
  details.append(element('p', { className: 'detail-label', text: 'Basis' }), radios(`basis:${indicator.id}`, BASIS));
  const evidence = element('label', { className: 'detail-label', text: 'Evidence (optional; kept out of the result)' });
  evidence.append(element('textarea', { attributes: { name: `evidence:${indicator.id}`, rows: '2' } }));
  details.append(evidence);
  return details;
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
      item.append(element('legend', { text: indicator.text }), radios(`answer:${indicator.id}`, choices), answerDetails(indicator), guidance, clear);
      set.append(item);
    }
    checklist.append(set);
  }
  document.getElementById('judgement-level').append(radios('judgement:level', ruleset.levels.map((level) => [level.id, level.label])));
  const roles = ruleset.policy.judgement.agreementRoles;
  const role = document.getElementById('agreed-by-role');
  if (roles.length > 0) {
    const set = element('fieldset', { className: 'item' });
    set.append(element('legend', { text: 'Agreed by: their role' }), radios('agreedBy:role', roles.map((entry) => [entry.id, entry.label])));
    role.append(set);
  } else {
    const field = element('div', { className: 'field' });
    field.append(element('label', { text: 'Agreed by: their role (for example designated-safeguarding-lead)', attributes: { for: 'agreed-by-role-text' } }),
      element('input', { attributes: { id: 'agreed-by-role-text', name: 'agreedBy:role', type: 'text', autocomplete: 'off' } }));
    role.append(field);
  }
}

/** The screening the form holds now. Unanswered items and facts left "not known" are left out. */
function collect() {
  const data = new FormData(form);
  const answers = {};
  for (const indicator of ruleset.indicators) {
    const value = data.get(`answer:${indicator.id}`);
    const concern = value === 'yes' || value === 'possible';
    const shown = form.querySelector(`[data-details="${indicator.id}"]`);
    if (shown !== null) shown.hidden = !concern;
    if (value === null) continue;
    const answer = indicator.answer.kind === 'ordinal' && value !== 'unknown' ? Number(value) : value;
    const windows = data.getAll(`window:${indicator.id}`).map(String);
    const basis = data.get(`basis:${indicator.id}`);
    const evidence = String(data.get(`evidence:${indicator.id}`) ?? '').trim();
    const detail = {
      ...(concern && windows.length > 0 ? { window: windows.length === 1 ? windows[0] : windows } : {}),
      ...(concern && basis !== null ? { basis } : {}),
      ...(concern && evidence !== '' ? { evidence } : {}),
    };
    answers[indicator.id] = Object.keys(detail).length === 0 ? answer : { value: answer, ...detail };
  }
  const facts = (prefix, list) => Object.fromEntries(list.flatMap((fact) => {
    const value = data.get(`${prefix}:${fact.id}`);
    return value === 'yes' || value === 'no' ? [[fact.id, value === 'yes']] : [];
  }));
  const text = (name) => String(data.get(name) ?? '').trim();
  const age = text('age');
  const dateOfBirth = text('dateOfBirth');
  const assessedOn = text('assessedOn');
  const level = data.get('judgement:level');
  const rationale = text('judgement:rationale');
  const by = text('judgement:by');
  const role = text('agreedBy:role');
  const name = text('agreedBy:name');
  const judged = level !== null || rationale !== '' || by !== '' || role !== '' || name !== '';
  const judgement = {
    ...(level === null ? {} : { level }),
    rationale,
    ...(by === '' ? {} : { by }),
    ...(role === '' && name === '' ? {} : { agreedBy: { ...(role === '' ? {} : { role }), ...(name === '' ? {} : { name }) } }),
  };
  return {
    ...(assessedOn === '' ? {} : { assessedOn }),
    subject: {
      ...(age === '' ? {} : { ageYears: Number(age) }),
      ...(dateOfBirth === '' ? {} : { dateOfBirth }),
      attributes: facts('attribute', ruleset.attributes),
    },
    answers,
    context: facts('context', ruleset.contextFacts),
    ...(judged ? { judgement } : {}),
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

/** What each path a result may name stands for, in the ruleset's words. */
const PATH_TEXT = new Map([
  ...ruleset.indicators.map((indicator) => [formatPath(['answers', indicator.id]), indicator.text]),
  ...ruleset.attributes.map((fact) => [formatPath(['subject', 'attributes', fact.id]), fact.label]),
  ...ruleset.contextFacts.map((fact) => [formatPath(['context', fact.id]), fact.label]),
  [formatPath(['subject', 'ageYears']), 'The child\'s age'],
]);
const pathText = (path) => PATH_TEXT.get(path) ?? 'Another answer';

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

function showResult(result, screening) {
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
  const openItems = () => result.undeterminedRules.map((rule) => {
    const item = element('li', { text: rule.title, attributes: { 'data-rule-id': rule.id } });
    if (rule.missing.length > 0) item.append(element('div', { className: 'muted', text: `once known: ${[...new Set(rule.missing.map(pathText))].join('; ')}` }));
    return item;
  });
  fill('result-open', openItems());
  document.getElementById('result-open-box').hidden = result.undeterminedRules.length === 0;
  fill('print-open', openItems());
  document.getElementById('print-open-box').hidden = result.undeterminedRules.length === 0;

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

  document.querySelector('#print-answers tbody').replaceChildren(...printRows(screening));
  const judgement = document.getElementById('print-judgement');
  judgement.hidden = result.judgement === undefined;
  judgement.textContent = result.judgement === undefined ? '' : `Professional judgement: ${ruleset.levels.find((level) => level.id === result.judgement.level)?.label ?? result.judgement.level}, ${result.judgement.applied ? 'applied' : 'recorded but not applied'}${result.judgement.agreedBy === undefined ? '' : `, agreed by ${roleLabel(result.judgement.agreedBy.role)}`}.`;
  document.getElementById('print-explanation').textContent = explainResult(result, ruleset);
}

const roleLabel = (id) => ruleset.policy.judgement.agreementRoles.find((role) => role.id === id)?.label ?? id;

/** One row per answered indicator, "No" included, in checklist order: the question, the answer and when. */
function printRows(screening) {
  return ruleset.indicators.filter((indicator) => screening.answers[indicator.id] !== undefined).map((indicator) => {
    const answer = screening.answers[indicator.id];
    const value = typeof answer === 'object' ? answer.value : answer;
    const label = typeof value === 'number'
      ? indicator.answer.scores?.find((entry) => entry.score === value)?.label ?? String(value)
      : ANSWER_LABEL[value] ?? value;
    const windows = typeof answer === 'object' && answer.window !== undefined ? [answer.window].flat() : [];
    const row = element('tr', { attributes: { 'data-indicator': indicator.id } });
    row.append(element('td', { text: indicator.text }), element('td', { text: label }),
      element('td', { text: windows.map((id) => ruleset.windows.find((window) => window.id === id)?.label ?? id).join('; ') }));
    return row;
  });
}

/** The form cannot be screened as it stands: say where, from the issue codes and paths (never the values). */
function showIssues(issues) {
  const level = document.getElementById('result-level');
  level.textContent = 'Check the form';
  level.dataset.levelId = '';
  document.documentElement.style.setProperty('--level-colour', '#505a5f');
  document.documentElement.style.setProperty('--level-text', '#ffffff');
  const names = { ageYears: 'Age', dateOfBirth: 'Date of birth', assessedOn: 'Date of assessment', level: 'Judged level', rationale: 'Why', role: 'Agreed by: role' };
  fill('result-warnings', issues.map((issue) => element('li', {
    text: `${names[issue.path.at(-1)] ?? issue.path.join('.')}: ${issue.message}`,
    attributes: { 'data-code': issue.code },
  })));
  document.getElementById('result-warnings-box').hidden = false;
  // Nothing of the last result may stay on screen or in print once the form no longer matches it.
  for (const id of ['result-why', 'result-steps', 'result-open', 'print-open']) fill(id, []);
  document.getElementById('result-open-box').hidden = true;
  document.getElementById('print-open-box').hidden = true;
  document.getElementById('result-potential').hidden = true;
  const unanswered = document.getElementById('result-unanswered');
  unanswered.textContent = '';
  delete unanswered.dataset.count;
  delete level.dataset.rag;
  document.querySelector('#print-answers tbody').replaceChildren();
  document.getElementById('print-judgement').hidden = true;
  document.getElementById('print-explanation').textContent = '';
}

function update() {
  const screening = collect();
  const outcome = screener.safeScreen(screening);
  if (outcome.success) showResult(outcome.data, screening);
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
