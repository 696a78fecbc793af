import type { Screener } from '../../../engine/screener/compile-ruleset.js';
import { fromQuestionnaireResponse } from '../../../export/from-questionnaire-response.js';
import type { BatchReader, BatchRecord } from './batch-reader.js';
import { createNdjsonReader } from './create-ndjson-reader.js';

/**
 * Reads NDJSON of FHIR R4 QuestionnaireResponses, one per line, each to the ruleset's Questionnaire
 * (`cse-screen export questionnaire`), into screenings. A response that cannot be read (an empty or
 * in-progress one included) is a record with its issues, whose paths point into that response. The
 * record's ref is the response's `id`, when it has one.
 */
export function createFhirReader(screener: Screener): BatchReader {
  const lines = createNdjsonReader();
  const convert = (records: readonly BatchRecord[]): BatchRecord[] => records.map((record) => {
    if (record.kind !== 'screening') return record;
    const ref = idOf(record.screening);
    const read = fromQuestionnaireResponse(record.screening, screener.ruleset);
    return read.success
      ? { kind: 'screening', line: record.line, ref, screening: read.data, ...(record.warnings === undefined ? {} : { warnings: record.warnings }) }
      : { kind: 'unreadable', line: record.line, ref, issues: read.issues, fatal: false };
  });
  return {
    push: (chunk) => convert(lines.push(chunk)),
    end: () => convert(lines.end()),
  };
}

function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('id' in value)) return undefined;
  return typeof value.id === 'string' ? value.id : undefined;
}
