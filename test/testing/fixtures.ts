/** A small checklist and test files around it, for the testing tests. */
export const DEMO = `checklist demo "Demo" {
  ordering strict
  data {
    amount number "Amount"
  }
  resolution {
    finding choice("A", "B") "Finding" required
  }
  step one "One" {
    yes_no big "Big?" required
    text note "Note" required when big
  }
  step two "Two" when amount > 100 {
    checkbox ok "OK" required
  }
  step last "Last" {
    response_code rc "Code" codes ["01"] required allow_case_resolution
  }
}
`;

export const RC_VALID = '{ code: "01", validated: true, findings: { finding: A } }';

/** A test file for DEMO (in `demo.checklist`) with the given tests (YAML, indented as list entries). */
export function testFile(tests: string): string {
  return `checklist: demo.checklist\ntests:\n${tests}`;
}
