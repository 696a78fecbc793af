/** The commands that have their own help. */
export type HelpTopic = 'main' | 'assess' | 'ruleset' | 'ruleset list' | 'ruleset show' | 'ruleset validate' | 'ruleset precompile' | 'docs' | 'diff' | 'types' | 'export' | 'report' | 'links' | 'pseudonymise';

const EXIT_CODES = `Exit codes:
  0   done
  1   the screening cannot be read or is not valid for the ruleset
  2   usage error: unknown command or option, missing argument, bad --format
  3   the ruleset cannot be found or read, or is not valid
  69  an optional package the command needs is not installed (report --out: echarts; types:
      json-schema-to-typescript): the message says what to npm install
  70  internal error (a bug: please report it)
  71  a batch's worker threads could not start: run it again with --jobs 1
  74  the output could not be written (a batch says how many records it wrote, the last one whole)
  130 a batch stopped by SIGINT (143: by SIGTERM), its output ending on a whole record
  141 a batch stopped because its reader closed standard output (| head), its output ending on a whole record`;

const ERRORS = `Errors go to stderr, one per line: "cse-screen: PATH CODE MESSAGE". They name where and
what, never the values, evidence or rationale in the input.`;

/** The text `--help` prints for each command, ending with a newline. */
export const HELP: Readonly<Record<HelpTopic, string>> = {
  main: `cse-screen: score a child sexual exploitation (CSE) screening against a declarative ruleset

Usage:
  cse-screen assess [FILE|-] [--ruleset ID|PATH] [--format text|json | --output fhir] [--include-free-text] [--input fhir]
  cse-screen assess --batch [FILE|-] [--ruleset ID|PATH] [--input ndjson|csv|fhir] [--quiet] [--include-free-text]
  cse-screen ruleset list
  cse-screen ruleset show [ID|PATH] [--format text|json]
  cse-screen ruleset validate PATH
  cse-screen ruleset precompile PATH --out FILE
  cse-screen docs [ID|PATH] --out DIR [--cases DIR]
  cse-screen diff OLD NEW [--cases DIR] [--format markdown|json]
  cse-screen types [ID|PATH] --out FILE [--name TYPE]
  cse-screen export questionnaire|code-system|answer-schema|json-forms|rjsf|govuk-html [ID|PATH] [--out FILE]
  cse-screen report RESULTS [--screenings FILE] [--as-of DATE] [--out DIR] [--suppress-below N] [--allow-mixed-keys]
  cse-screen links SCREENINGS [--ruleset ID|PATH] [--format text|json] [--suppress-below N] [--allow-mixed-keys]
  cse-screen pseudonymise FILE --key KEY --out FILE | --new-key KEY
  cse-screen --help | --version

Commands:
  assess            screen one child's answers and explain the level, the reasons and the next steps;
                    with --batch, screen a caseload: NDJSON or CSV in, one NDJSON result per record out
  ruleset list      list the rulesets bundled with this package
  ruleset show      summarise a ruleset: provenance, sign-off, levels, counts and fingerprint
  ruleset validate  check a ruleset file and print its id, version and fingerprint
  ruleset precompile  check a ruleset file and write it for cse-screening/precompiled
  docs              write the rulebook a safeguarding lead reviews, as Markdown and printable HTML
  diff              what changed between two versions of a ruleset, and which cases it moves
  types             write a TypeScript type of the answers a ruleset accepts
  export            write a form of the screening: a FHIR Questionnaire or CodeSystem, the answer
                    JSON Schema, a JSON Forms or RJSF schema with its UI schema, or a GOV.UK form page
  report            a caseload report from batch results: levels, ages, indicators, movement,
                    reviews, gaps and links, as HTML with charts, Markdown, CSV and JSON
  links             groups of children who share people, vehicles, places, numbers or accounts
  pseudonymise      replace raw identifiers in associations by keyed pseudonymous refs

Options:
  -h, --help     show help (also after any command: cse-screen assess --help)
  -v, --version  print the version

${EXIT_CODES}

${ERRORS}
The result supports professional judgement. It does not replace it, or a referral.
`,
  assess: `cse-screen assess: screen one child's answers against a ruleset

Usage:
  cse-screen assess [FILE|-] [--ruleset ID|PATH] [--format text|json] [--include-free-text] [--input fhir]
  cse-screen assess --batch [FILE|-] [--ruleset ID|PATH] [--input ndjson|csv|fhir] [--quiet] [--include-free-text]
                           [--detail decision|ids|full | --output csv] [--jobs auto|N]

Reads one screening (a JSON object) from FILE, or from standard input when FILE is - or is left
out and input is piped. Prints the result once it is complete, never part of it.

With --batch, reads many screenings and streams one compact JSON line per record to stdout, in
input order, each whole:
  {"line":N,"ref":"...","result":{...}}            a record that was scored
  {"line":N,"ref":"...","error":{"issues":[...]}}  one that was not: each issue {code,path,message}
"ref" is the record's own ref, when it has one. Issues name codes and paths, never values. A bad
record does not stop the batch. Input (--input, or CSV when FILE ends in .csv):
  ndjson  one screening per line; blank lines are skipped but counted in line numbers
  csv     RFC 4180, a header row first. Columns: ref, ageYears, dateOfBirth, assessedOn, one per
          indicator id (an answer code or score; empty = unanswered), window:ID (time windows,
          separated by ;), evidence:ID and basis:ID (an answer's details), attr:ID and context:ID
          (true or false; empty = not known), judgement.level, judgement.rationale, judgement.by,
          judgement.agreedBy.role and judgement.agreedBy.name (a professional judgement and the
          second person's agreement), associations (pseudonymous refs, REF or REF:ROLE,
          separated by ;). "line" is the line a row starts on (the header is
          line 1). A header naming an unknown column is one error for line 1, and nothing more
          is read.
At the end a summary goes to stderr: records read, scored and failed, time taken and records/s.
While it runs, a progress line is redrawn on stderr when stderr is a terminal.

Options:
  --ruleset ID|PATH    a bundled ruleset id, or a path to a ruleset file (anything with a / or
                       ending in .json); default: the bundled default ruleset
  --format text|json   text explains the result for a practitioner; json prints the result object
                       (default: text)
  --include-free-text  copy evidence and the judgement's rationale into the result; off by default
                       so that free text stays in the case record
  --batch              screen many screenings, as above (not with --format)
  --input ndjson|csv|fhir
                       how the input is written (default: csv for a .csv FILE, else ndjson); fhir
                       reads a FHIR QuestionnaireResponse to the ruleset's Questionnaire (cse-screen
                       export questionnaire), one per line with --batch; ndjson and csv go with --batch
  --quiet              with --batch: no progress line and no summary; stderr carries only errors, and
                       the line of a batch stopped early (a signal, an output closed or full) that
                       says how many records were written
  --detail decision|ids|full
                       with --batch: how much each result carries (default: ids, the texts left to
                       the ruleset; decision: levels, rule and step ids, warning codes; full: every
                       text. cse-screen report reads ids, with --ruleset, or full)
  --output fhir        one screening's result as a FHIR R4 RiskAssessment (the level coded from the
                       ruleset's CodeSystem, the rules as rationale, the steps as mitigation; with
                       --input fhir its basis is the QuestionnaireResponse); not with --format
  --output ndjson|csv  with --batch: csv writes a header, then one row per record for a spreadsheet:
                       line, ref, level, computed_level, potential_level, steps (ids, space
                       separated), error_codes, error_columns (for each issue the column it is
                       in, as CSV input names it, and its code: "ageYears out_of_range; ..."),
                       warning_codes, suggested_census_factors (codes
                       to consider, never findings); a ref that starts like a formula gets a
                       leading '
  --jobs auto|N        with --batch and NDJSON input: screen on N threads, this one and N - 1
                       workers (1: on this thread alone); the output is the same, in the same
                       order (default: auto, one for each core idle when the batch starts, at
                       most 4, where 3 or more are idle, for a FILE of 1 MiB or more; otherwise
                       one thread)
  -h, --help           show this help

${EXIT_CODES}
With --batch, exit code 1 means at least one record was not scored (or the input could not be read
to the end); the output still has a line for every record read.

${ERRORS}
`,
  ruleset: `cse-screen ruleset: inspect and check rulesets

Usage:
  cse-screen ruleset list
  cse-screen ruleset show [ID|PATH] [--format text|json]
  cse-screen ruleset validate PATH
  cse-screen ruleset precompile PATH --out FILE

Run cse-screen ruleset COMMAND --help for details.
`,
  'ruleset list': `cse-screen ruleset list: list the bundled rulesets

Usage:
  cse-screen ruleset list

Prints one line per ruleset in the package's rules/ folder: id, version, status and title. The
default ruleset is marked. Exits 3 if a bundled ruleset is not valid.

Options:
  -h, --help  show this help
`,
  'ruleset show': `cse-screen ruleset show: summarise a ruleset

Usage:
  cse-screen ruleset show [ID|PATH] [--format text|json]

Shows a bundled ruleset by id, or a ruleset file by path (default: the bundled default ruleset).
Text gives its provenance, sign-off status, levels, counts of indicators, rules and pathway steps,
and its fingerprint; json prints the whole ruleset as parsed, defaults filled in.

Options:
  --format text|json  default: text
  -h, --help          show this help

Exits 3 if the ruleset cannot be loaded or is not valid.
`,
  'ruleset validate': `cse-screen ruleset validate: check a ruleset

Usage:
  cse-screen ruleset validate PATH

Checks a ruleset file (or a bundled id) for shape and meaning: ids, references, bands, reachable
levels and rules, sources. Prints "ok ID VERSION FINGERPRINT" and exits 0, or prints every issue
to stderr and exits 3.

Options:
  -h, --help  show this help
`,
  'ruleset precompile': `cse-screen ruleset precompile: build a ruleset for cse-screening/precompiled

Usage:
  cse-screen ruleset precompile PATH --out FILE [--texts-out TEXTS]

Checks a ruleset file as a full load does (shape, ids, references, and the protections proved by
evaluating it), refuses a key given twice (which a full load only warns of), and writes FILE whole or
not at all: the precompiled form that compilePrecompiled reads without the ruleset schema and checks.
With --texts-out, FILE is the core (what screening reads, every prose string blank) for
compilePrecompiledCore, and TEXTS its texts, for compilePrecompiled(core, texts): both written, in
one folder, or neither. The bundled ruleset's precompiled files are built the same way. FILE records
PATH's file name, not its folder. Prints "wrote FILE: ID VERSION FINGERPRINT". Build them again
whenever the ruleset changes.

Options:
  --out FILE         the .json file to write (never PATH itself)
  --texts-out TEXTS  split: FILE gets the core, TEXTS the texts (in FILE's folder)
  -h, --help         show this help

${EXIT_CODES}
`,
  docs: `cse-screen docs: write the rulebook of a ruleset for review and sign-off

Usage:
  cse-screen docs [ID|PATH] --out DIR [--cases DIR]

Writes DIR/<id>.md and DIR/<id>.html (a standalone page that prints well, with no scripts or
external files): the ruleset's provenance and sign-off status, its fingerprint, every level,
indicator, rule and pathway step in plain English with its sources, and how the rules combine.
With --cases, each case file in DIR ({ "name", "rationale", "screening" } or a bare screening) is
scored and shown as a worked example. Files are written whole or not at all.

Options:
  --out DIR    the folder to write to (created if needed)
  --cases DIR  a folder of case files to show as worked examples
  -h, --help   show this help

${EXIT_CODES}
`,
  diff: `cse-screen diff: what changed between two versions of a ruleset

Usage:
  cse-screen diff OLD NEW [--cases DIR] [--format markdown|json]

Lists indicators added, removed, reworded or re-levelled; levels, rules, scores, bands, floors,
policy, scope and pathway steps changed, each before and after in plain English. With --cases,
scores every case file in DIR under both and lists the cases whose level or pathway moves, from
what to what. This is what a safeguarding lead reviews before approving a new version.

Options:
  --cases DIR               a folder of case files ({ "name", "screening" } or bare screenings)
  --format markdown|json    default: markdown
  -h, --help                show this help

${EXIT_CODES}
`,
  types: `cse-screen types: write a TypeScript type of a ruleset's answers

Usage:
  cse-screen types [ID|PATH] --out FILE [--name TYPE]

Writes a type with one optional key per indicator id and the answers each accepts, so that a
misspelt id or answer code fails to compile. Made with json-schema-to-typescript, an optional peer
of this package: npm install --save-dev json-schema-to-typescript (exit 69 when it is missing).

Options:
  --out FILE    the .ts file to write
  --name TYPE   the type's name, PascalCase ending in Answers (default: from the ruleset id)
  -h, --help    show this help

${EXIT_CODES}
`,
  export: `cse-screen export: write a form of the screening for other systems to render

Usage:
  cse-screen export questionnaire|code-system|answer-schema|json-forms|rjsf|govuk-html [ID|PATH] [--out FILE]
                    [--canonical-base URL]

Writes one export of the ruleset (default: the bundled default ruleset) as JSON, to stdout, or to
FILE written whole or not at all:
  questionnaire  a FHIR R4 Questionnaire for LHC-Forms and other SDC renderers
  code-system    the FHIR R4 CodeSystem of its answer codes
  answer-schema  the JSON Schema (2020-12) of a screening: accepts what the screener accepts
  json-forms     {"schema", "uischema"} for JSON Forms (pass your own Ajv2020 instance)
  rjsf           {"schema", "uiSchema"} for react-jsonschema-form 6
  govuk-html     an HTML page: the checklist as a GOV.UK Design System form that posts to itself,
                 with govuk-frontend.min.css beside it; no script (fromGovukFormData reads it)
No form pre-selects an answer. Read a completed QuestionnaireResponse with
cse-screen assess --input fhir. See docs/forms.md.

Options:
  --out FILE            the file to write (default: stdout)
  --canonical-base URL  with questionnaire or code-system: the https base of the canonical URLs
                        (default: the ruleset's meta.canonicalBase, else a placeholder base)
  -h, --help            show this help

${EXIT_CODES}
`,
  report: `cse-screen report: the caseload's figures, for the safeguarding lead

Usage:
  cse-screen report RESULTS [--screenings FILE [--input ndjson|csv]] [--as-of DATE] [--out DIR]
                            [--suppress-below N] [--due-within DAYS] [--ruleset ID|PATH]

Reads RESULTS (assess --batch output in the ids form, its default, with the --ruleset that produced
them; or --detail full output, or a full result per line), streaming. Each child
counts once, by their latest result in the file (matched by ref; a result without a ref is a child of
its own). Figures: children by level and age band, the most frequent indicators present and
possible, movement since the previous screening (the result's trend, else the child's earlier result
in the file), reviews overdue and due at --as-of, information gaps (potential level above level),
incomplete screenings and ages out of scope. Results from other ruleset versions are reported apart.
With --screenings, the screenings the results came from (the same file, NDJSON or CSV as assess --batch
reads it, joined by the line each result names) give ages and association links; a CSV gives
associations in its associations column and is read against the ruleset (--ruleset). With --out, writes DIR/caseload-report.html (standalone, no scripts,
charts as inline SVG), .md, .csv and caseload-summary.json, whole or not at all, readable by their
owner only (they hold case refs); without it, prints the Markdown. The charts are drawn by echarts,
an optional peer of this package: npm install echarts (exit 69 when it is missing).

Options:
  --screenings FILE     the screenings the results came from, NDJSON or CSV
  --input ndjson|csv    how the --screenings file is written (default: csv for a .csv FILE, else ndjson)
  --as-of DATE          YYYY-MM-DD for reviews (default: today, UTC)
  --due-within DAYS     a review is due soon within this many days (default: 28)
  --suppress-below N    show counts from 1 to N-1 as <N, and leave out case refs and tokens
  --ruleset ID|PATH     names levels and indicators and gives the link policy (default: the bundled default)
  --out DIR             the folder to write to (created if needed, owner-only)
  --allow-mixed-keys    link refs made under different pseudonymisation keys instead of refusing them
                        (refs of two keys never match: links between them are missed)
  -h, --help            show this help

${EXIT_CODES}

${ERRORS}
`,
  links: `cse-screen links: groups of children who share association references

Usage:
  cse-screen links SCREENINGS [--ruleset ID|PATH] [--format text|json] [--suppress-below N]

Reads screenings (NDJSON) whose associations hold pseudonymous refs, scores each for its level,
and lists the groups of two or more children connected, directly or through a chain, by a shared
person, vehicle, place, phone number or online account. A reference held by one child links nobody.
A group sharing a person, place or vehicle is flagged as a possible organised exploitation pattern
for the strategy meeting. The ruleset's link policy lists the steps for each linked child. Every
screening must be valid: links are only found on a whole caseload. Refs made under different
pseudonymisation keys never match, so a caseload that mixes them (by the key id each ref begins
with) is refused unless --allow-mixed-keys.

Options:
  --ruleset ID|PATH     default: the bundled default ruleset
  --format text|json    default: text
  --suppress-below N    show counts from 1 to N-1 as <N, and leave out case refs and tokens
  --allow-mixed-keys    list links among refs made under different keys instead of refusing them
  -h, --help            show this help

${EXIT_CODES}

${ERRORS}
`,
  pseudonymise: `cse-screen pseudonymise: replace raw identifiers by keyed pseudonyms

Usage:
  cse-screen pseudonymise FILE --key KEY --out FILE
  cse-screen pseudonymise --new-key KEY

Reads screenings (NDJSON) whose associations are written { "kind", "identifier", "role" } and writes
them with { "kind", "ref", "role" }, where ref is HMAC-SHA-256 under the key of the normalised
identifier (vehicle registrations, phone numbers and handles are normalised first; a plate or
phone number with letters of another script is refused). Each ref begins with the key's id (8 hex
digits, which give nothing of the key away). The same identifier and key always give the same ref,
so children can be linked; without the key a ref cannot be reversed. But case numbers and phone
numbers can be listed whole: anyone with the key can hash every one and read the refs back. Keep the
key with the local authority, never with the data. The output is written whole or not at all,
readable by its owner only, and never over a key; errors name lines and paths, never identifiers.

Options:
  --key KEY       the key file: at least 32 bytes, not weak, readable by its owner only (chmod 600)
  --out FILE      where to write the pseudonymised screenings (never a key file)
  --new-key KEY   write a new random key file, owner-only (never overwrites)
  -h, --help      show this help

${EXIT_CODES}
`,
};
