/** Option parsers shared by the sub-commands. */

/** A repeatable option (`--rules a --rules b`): each value appended to the list. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
