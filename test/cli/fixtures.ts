/** Small checklists for the CLI tests: each is clean, or has exactly the problem its name says. */

export const CLEAN = `checklist alpha "Alpha" {
  step s1 "One" {
    yes_no q "Question?" required
  }
  step s2 "Two" when q {
    checkbox done "Done" required
  }
}
`;

export const CLEAN_YAML = `checklist: yalpha
title: Yaml Alpha
steps:
  - step: s1
    title: One
    items:
      - checkbox: c
        label: Tick
`;

/** CW102: a `data` declaration nothing reads. */
export const WARNED = `checklist warned "Warned" {
  data {
    unused.field number
  }
  step s1 "One" {
    checkbox c "Tick"
  }
}
`;

/** CW011 at line 2: `nope` is not declared. */
export const UNKNOWN_REFERENCE = `checklist broken "Broken" {
  step s1 "One" when nope {
    checkbox c "Tick"
  }
}
`;

/** CW001: a misspelt keyword. */
export const SYNTAX_ERROR = `checklist bad "Bad" {
  stpe s1 "One" { }
}
`;

export const DICTIONARY = `fields shared {
  dispute.type text "Dispute type"
}
`;

/** CW001 in a dictionary: `texx` is not a type. */
export const BROKEN_DICTIONARY = `fields shared {
  dispute.type texx
}
`;

/** Assigned when `dispute.type == "ACDV"`, with the given id and priority. */
export function assigned(id: string, priority: number, type = 'ACDV'): string {
  return `checklist ${id} "${id}" {
  assign when dispute.type == "${type}" priority ${priority}
  data {
    dispute.type text
  }
  step s1 "One" {
    checkbox c "Tick"
  }
}
`;
}

/** Outcomes with a closing step, and a resolving item on the last step. */
export const WITH_CLOSING = `checklist closer "Closer" {
  outcomes {
    upheld "Upheld"
    denied "Denied"
  }
  resolution {
    finding choice("Accurate", "Inaccurate") "Finding" required
  }
  step s1 "One" {
    response_code acdv "Code" codes ["01"] required allow_case_resolution
  }
  closing upheld {
    step letter "Letter" {
      checkbox sent "Sent" required
    }
  }
}
`;
