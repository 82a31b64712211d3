/**
 * Size caps of the files the tool reads whole (cli.md "Reading files"; chosen
 * in docs/decisions.md): far above any real file, far below what would exhaust
 * memory. Exports are streamed and have no cap (record.md limits a record to 1 MiB).
 */
const KiB = 1024;
const MiB = 1024 * KiB;

export const FILE_LIMITS = {
  /** A rule file or code list (the shipped pack is under 100 KiB). */
  ruleFile: 4 * MiB,
  /** A profile (a mapping of some dozens of columns). */
  profile: 256 * KiB,
  /** ncrs-audit.config.yaml. */
  config: 256 * KiB,
  /** An exceptions file (tens of thousands of accepted findings). */
  exceptions: 16 * MiB,
  /** A JSON report given to trend or --compare (a month with a million findings). */
  report: 512 * MiB,
  /** An auditors' worksheet (a sample of thousands of records). */
  worksheet: 64 * MiB,
} as const;
