// An app that renders the Questionnaire with LHC-Forms as docs/forms.md says (fhirVersion R4) and reads the
// QuestionnaireResponse back on demand. LHC-Forms' own scripts are loaded by the page before this one.
interface LForms { Util: { addFormToPage: (q: unknown, id: string, options: unknown) => Promise<void>; getFormFHIRData: (type: string, version: string, id: string) => unknown } }
const page = JSON.parse(document.getElementById('page-data')?.textContent ?? '{}') as { questionnaire: unknown };
const state = window as unknown as { LForms: LForms; response: () => unknown };
state.response = () => state.LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', 'root');
state.LForms.Util.addFormToPage(page.questionnaire, 'root', { fhirVersion: 'R4' })
  .then(() => { document.body.dataset['ready'] = 'true'; }, (error: unknown) => { document.body.dataset['error'] = String(error); });
