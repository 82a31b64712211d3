/** The recommendations file `init` writes: valid as written, one commented example to replace. */
export function recommendationsTemplate(force: string): string {
  return `# ${force}: the inspection's recommendations, for \`ncrs-audit progress\` (the
# six-monthly progress report to the panel). See docs/monthly-audit.md.
#   ncrs-audit progress recommendations.yaml reports/*/report.json --format html --out progress.html
# The entry below is an EXAMPLE: replace it with the recommendations as the
# inspection report words them, one entry each.

# Which report the recommendations come from (free text, shown on every page).
source: Example inspection of ${force} (replace with the report's title and year)
# The audit month progress is measured from: usually the first month audited
# after the inspection. Its JSON report must be among those given to progress.
baseline: "2026-04"

recommendations:
  - id: R1                     # short and unique in this file
    text: >                    # the recommendation, as the report words it
      Example: the force should make sure that every crime-related incident is
      recorded as a crime or closed with a written reason for not recording one.
    due: 2027-03-31            # YYYY-MM-DD
    owner: Force Crime Registrar
    # The rules whose monthly rates show whether it is met (ncrs-audit rules list).
    # Leave the list empty, [], when no rule measures it: it is then "not measured".
    measured_by: [NCRS-002]
    # target: 0.95             # optional; default: each rule's own standard, or 100%
    actions: >                 # your account of what has been done so far
      Example: control-room supervisors review crime-related incidents at the
      end of each shift.
`;
}
