/** Where the precompiled form of a ruleset file sits: beside it, `<name>.compiled.json`. */
export function precompiledPathOf(rulesetPath: string): string {
  return rulesetPath.replace(/\.json$/, '.compiled.json');
}
