/** opencc-js's per-locale tables, imported one by one so only the traditional→simplified ones are bundled. */
declare module 'opencc-js/from/*' {
  /** The locale's variant tables, as `ConverterFactory` takes them. */
  const dictGroups: readonly import('opencc-js/core').DictGroup[];
  export default dictGroups;
}
/** opencc-js's target tables. */
declare module 'opencc-js/to/*' {
  /** The target's tables, as `ConverterFactory` takes them. */
  const dictGroups: readonly import('opencc-js/core').DictGroup[];
  export default dictGroups;
}
