/**
 * What `init` writes for a new force. Every file is valid as written (the tests
 * load them with the real loaders) and commented so an auditor can adapt it
 * without reading the code.
 */
import { CONFIG_FILE_NAME } from '../../config/find-config.js';
import { recommendationsTemplate } from '../progress/template.js';

export interface ScaffoldFile {
  path: string;
  content: string;
}

export function scaffoldFiles(force: string): ScaffoldFile[] {
  return [
    { path: CONFIG_FILE_NAME, content: configTemplate(force) },
    { path: `rules/local/${force}.yaml`, content: localRulesTemplate(force) },
    { path: `profiles/${force}.yaml`, content: profileTemplate(force) },
    { path: 'recommendations.yaml', content: recommendationsTemplate(force) },
  ];
}

function configTemplate(force: string): string {
  return `# ncrs-audit configuration for ${force}.
# ncrs-audit finds this file by searching upwards from the folder it runs in; the
# command line always wins over it. Paths are relative to this file.
# See docs/monthly-audit.md.

# How your export's headers and values map onto the canonical record.
profile: profiles/${force}.yaml

# The rule set. Leave it out to use the profile's rules: (the national pack plus
# your local file). Listing rules here replaces that set; shipped:rules/... names
# the rules that come with ncrs-audit.
# rules:
#   - shipped:rules/ncrs
#   - rules/local/${force}.yaml

# Report formats to write, and the folder for them, one per month ({period} is
# the --period given, so next month never overwrites this one). \`out\` is used
# only when two or more formats are written: \`--format terminal\` still prints.
formats: [terminal, json, csv, html]
out: reports/{period}

# Findings the audit team has accepted (rule, record_id, justification,
# accepted_by, expires). They count as passed and are listed apart.
# exceptions: exceptions.yaml

# Usually given on the command line each month instead:
# period: "2026-10"
# districts: [Leeds]

# Public versions (counts 1-4 shown as "<5", no record ids):
# public: false
`;
}

function localRulesTemplate(force: string): string {
  return `# ${force}: the force's own rules, layered over the national pack (rules/ncrs).
# A local file can add rules, disable a shipped rule, or change a shipped rule's
# severity or threshold without copying it. See docs/rule-language.md.
# After editing, run \`ncrs-audit rules check\` and \`ncrs-audit rules test\` with the
# same --rules / --profile your audit uses.

rules: []

# An example rule (remove the leading "# " from each line to switch it on):
#
# rules:
#   - id: ${localId(force)}-001
#     name: incident-closure-code-recorded
#     severity: warning
#     standard: Force incident closure policy (local)
#     description: >
#       Every closed incident must carry a closure code, so that the audit team
#       can tell incidents closed as a crime from those closed without one.
#     applies_to:
#       all:
#         - { field: record_type, equals: incident }
#         - present: closed_at
#     require:
#       present: closure_code
#     message: "incident {record_id} was closed without a closure code"
#     plain:                  # how the panel report words it: "97.5% of closed incidents had …"
#       subject: closed incidents
#       met: had a closure code recorded
#     examples:
#       pass:
#         - { record_type: incident, closed_at: "2026-10-03 15:00", closure_code: CRIME }
#       fail:
#         - { record_type: incident, closed_at: "2026-10-03 15:00" }
#       not_applicable:
#         - { record_type: crime, closed_at: "2026-10-03 15:00" }

# Change a shipped rule without copying it:
# override:
#   NCRS-001: { threshold: 0.97 }
#
# Switch a shipped rule off (say why):
# disable:
#   - { id: NCRS-005, reason: "victim ids are not exported by our system" }
`;
}

function profileTemplate(force: string): string {
  return `# ${force}: how the force's export maps onto the canonical record (record.md).
# Headers already named like a canonical field (record_id, reported_at, ...) map
# by themselves; list only the ones your system names differently.
# See docs/profiles.md. Use it with:  ncrs-audit audit export.csv --profile profiles/${force}.yaml
name: ${force}
description: ${force} crime and incident export

# How the export writes dates: auto (ISO 8601 or UK day-first), iso, day-first, month-first.
dates: auto

# The rule set used when --rules is not given: the national pack plus the local
# file. Paths are relative to this file; shipped:rules/... names the package's rules.
rules:
  - shipped:rules/ncrs
  - ../rules/local/${force}.yaml

# Export header -> canonical field. For example:
columns: {}
#  Crime Ref: record_id
#  Record Type: record_type
#  Date Reported: reported_at
#  Division: district

# Per canonical field: export value -> canonical value. For example:
values: {}
#  record_type:
#    Crime: crime
#    Incident: incident
#  status:
#    No Crime: cancelled
`;
}

/** "west-yorkshire" -> "WY": the prefix of the example rule's id. */
function localId(force: string): string {
  const initials = force
    .split(/[-_.]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return /^[A-Z]/.test(initials) ? initials : `L${initials}`;
}
