/** Where the precompiled form of a ruleset file sits: beside it, `<name>.compiled.json`. */
export function precompiledPathOf(rulesetPath: string): string {
  return rulesetPath.replace(/\.json$/, '.compiled.json');
}

/** Where the core and the texts of a ruleset file's precompiled form sit: beside it, `<name>.core.json` and `<name>.texts.json`. */
export function precompiledPartsPathOf(rulesetPath: string): { readonly core: string; readonly texts: string } {
  return { core: rulesetPath.replace(/\.json$/, '.core.json'), texts: rulesetPath.replace(/\.json$/, '.texts.json') };
}
