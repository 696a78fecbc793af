/** Where the default ruleset's answers type is committed, relative to the repository root (written by `npm run generate`). */
export const DEFAULT_ANSWERS_TYPE_FILE = 'src/generated/brighton-hove-cse-answers.ts';
export { generateAnswersType } from '../src/node/generate-answers-type.js';
