import { basename, dirname } from 'node:path';
import { assertNever } from '../../assert-never.js';
import type { Screener } from '../../engine/screener/compile-ruleset.js';
import { toAnswerSchema } from '../../export/to-answer-schema.js';
import { toFhirCodeSystem } from '../../export/to-fhir-code-system.js';
import { toFhirQuestionnaire } from '../../export/to-fhir-questionnaire.js';
import { toFormSchema } from '../../export/to-form-schema.js';
import { toGovukFormHtml } from '../../export/to-govuk-form-html.js';
import { toJsonFormsUiSchema } from '../../export/to-json-forms-ui-schema.js';
import { toRjsfUiSchema } from '../../export/to-rjsf-ui-schema.js';
import { FhirCanonicalBaseSchema } from '../../schema/fhir-publication.js';
import { DEFAULT_RULESET_ID, resolveRuleset } from '../bundled-rulesets.js';
import { writeFilesAtomically } from '../write-files-atomically.js';
import { type CommandOutcome, failed, printed, usageError, warned } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { parseArgs, wantsHelp, type OptionSpec } from './parse-args.js';

/** What `cse-screen export` writes. */
const KINDS = ['questionnaire', 'code-system', 'answer-schema', 'json-forms', 'rjsf', 'govuk-html'] as const;
type ExportKind = (typeof KINDS)[number];

const OPTIONS: readonly OptionSpec[] = [
  { name: '--out', takesValue: true },
  { name: '--canonical-base', takesValue: true },
  { name: '--help', short: '-h', takesValue: false },
];

/**
 * `cse-screen export questionnaire|code-system|answer-schema|json-forms|rjsf|govuk-html [RULESET] [--out FILE]
 * [--canonical-base URL]`: writes one form export of a ruleset as JSON (govuk-html: an HTML page), to stdout or atomically to FILE.
 */
export function runExportCommand(argv: readonly string[]): CommandOutcome {
  if (wantsHelp(argv)) return printed(HELP.export);
  const args = parseArgs(argv, OPTIONS, 2);
  if (!args.success) return failed(EXIT.usage, args.issues);
  const [kind, ruleset] = args.data.positionals;
  if (kind === undefined || !isKind(kind)) return usageError(`export needs what to write: one of ${KINDS.join(', ')}; run cse-screen export --help`);
  const base = args.data.values.get('--canonical-base');
  if (base !== undefined && !FhirCanonicalBaseSchema.safeParse(base).success) {
    return usageError('--canonical-base must be an https URL with no trailing slash, query or fragment');
  }
  if (base !== undefined && kind !== 'questionnaire' && kind !== 'code-system') return usageError('--canonical-base goes with questionnaire and code-system');
  const loaded = resolveRuleset(ruleset ?? DEFAULT_RULESET_ID);
  if (!loaded.success) return warned(failed(EXIT.invalidRuleset, loaded.issues), loaded.warnings);
  const built = build(kind, loaded.data, base);
  const text = typeof built === 'string' ? built : `${JSON.stringify(built, null, 2)}\n`;
  const out = args.data.values.get('--out');
  if (out === undefined) return warned(printed(text), loaded.warnings);
  const written = writeFilesAtomically(dirname(out), new Map([[basename(out), text]]));
  if (!written.success) return warned(failed(EXIT.ioError, written.issues), loaded.warnings);
  return warned(printed(`wrote ${out}\n`), loaded.warnings);
}

function build(kind: ExportKind, screener: Screener, canonicalBase: string | undefined): unknown {
  const { ruleset } = screener;
  const fhir = canonicalBase === undefined ? {} : { canonicalBase };
  switch (kind) {
    case 'questionnaire':
      return toFhirQuestionnaire(ruleset, fhir);
    case 'code-system':
      return toFhirCodeSystem(ruleset, fhir);
    case 'answer-schema':
      return toAnswerSchema(ruleset);
    case 'json-forms':
      return { schema: toFormSchema(ruleset, 'json-forms'), uischema: toJsonFormsUiSchema(ruleset) };
    case 'rjsf':
      return { schema: toFormSchema(ruleset, 'rjsf'), uiSchema: toRjsfUiSchema(ruleset) };
    case 'govuk-html':
      // A page that posts to itself, with GOV.UK Frontend's stylesheet beside it and no script (docs/forms.md adds the live result).
      return `${toGovukFormHtml(ruleset, { stylesheetHref: 'govuk-frontend.min.css' })}\n`;
    default:
      return assertNever(kind);
  }
}

function isKind(word: string): word is ExportKind {
  return (KINDS as readonly string[]).includes(word);
}
