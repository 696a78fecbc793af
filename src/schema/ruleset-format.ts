/** The format tag every ruleset carries, so that a future format can be told apart. */
export const RULESET_FORMAT = 'cse-screening/ruleset@1';
