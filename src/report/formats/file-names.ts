/** File names of the formats written into an --out folder: `<stem>.<extension>` (cli.md). */
const EXTENSIONS = { json: 'json', csv: 'csv', markdown: 'md', html: 'html', junit: 'junit.xml' } as const;

type FileFormat = keyof typeof EXTENSIONS;

/** Each format of a registry but `terminal` (which is never a file), named `<stem>.<extension>`. */
export function fileNamesFor<F extends FileFormat | 'terminal'>(stem: string, registry: Record<F, unknown>): Record<Exclude<F, 'terminal'>, string> {
  const names: Partial<Record<FileFormat, string>> = {};
  for (const format of Object.keys(registry) as F[]) if (format !== 'terminal') names[format as FileFormat] = `${stem}.${EXTENSIONS[format as FileFormat]}`;
  return names as Record<Exclude<F, 'terminal'>, string>;
}
