/* global document, fetch, FormData */
// The GOV.UK form's script (an external module, so the page keeps a strict Content-Security-Policy): it
// starts GOV.UK Frontend (conditional reveals, error summary focus) and screens the form on every change,
// showing the result beside it. Without JavaScript the form still works: it posts to a server, which reads
// it with fromGovukFormData. Every text shown comes from the ruleset or the library's message table.
import { initAll } from 'govuk-frontend';
import { compileRuleset, fromGovukFormData, toGovukErrorSummaryHtml, toGovukResultHtml, GOVUK_MESSAGES_EN } from 'cse-screening';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

const form = document.getElementById('screening');
const region = document.getElementById('result');
const summary = document.getElementById('error-summary-region');
const screener = compileRuleset(await (await fetch(form.dataset.rulesetHref)).json());

/** Screens the form as it stands: the result, or the issues that stop it being screened. */
function screen() {
  const read = fromGovukFormData(new FormData(form), screener.ruleset);
  return read.success ? screener.safeScreen(read.data) : read;
}

function update() {
  const screened = screen();
  if (screened.success) region.innerHTML = toGovukResultHtml(screened.data, screener.ruleset);
  else region.innerHTML = `<p class="govuk-body" id="result-empty">${GOVUK_MESSAGES_EN.resultNotScreened}</p>`;
  return screened;
}

form.addEventListener('change', update);
form.addEventListener('input', update);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const screened = update();
  summary.innerHTML = screened.success ? '' : toGovukErrorSummaryHtml(screened.issues);
  initAll({ scope: summary });
  (screened.success ? region.querySelector('h2') : summary.querySelector('.govuk-error-summary'))?.focus();
});
update();
document.body.dataset.ready = 'true';
