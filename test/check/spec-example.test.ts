import { describe, expect, it } from 'vitest';
import { checkSource } from './helpers.js';

const DICTIONARY = `fields dictionary {
  dispute.type choice("ACDV", "AUD") "Dispute type"
  dispute.code text "Dispute code"
  consumer.name text
  consumer.ssn text
  consumer.dob date
  consumer.state text
  account.number text
  account.balance number "Balance"
}`;

/** SPEC §2.5, verbatim. */
const EXAMPLE = `import "dictionary.checklist"        // shared \`fields { … }\`: dispute.*, consumer.*, account.*

checklist identity_theft "Identity Theft Investigation" {
  version 3
  description "Guides the investigation of identity-theft ACDV disputes."
  ordering strict
  assign when dispute.type == "ACDV" and dispute.code in ["103", "104"] priority 10

  data {
    qa.selected boolean "Selected for QA review"
    files list
  }
  resolution {
    finding choice("Accurate", "Inaccurate", "Incomplete") "Finding" required
  }
  qa_review when qa.selected

  step intro "Instructions" {
    instructions """
      Review the consumer's **dispute** and every attached file before you answer.
    """
  }
  step evidence "Evidence" {
    yes_no has_files "Does the consumer have additional files to add?" required
    review_files reviewed "Review the attached files" required
  }
  step upload "Upload files" when has_files {
    upload_files docs "Upload the supporting documents" required max_files 5 downloadable
  }
  step compare "Compare data" {
    data_compare cmp "Compare consumer data" mode edit quick_selection verification_indicators {
      section "Consumer" { consumer.name consumer.ssn consumer.dob }
      section "Account"  { account.number account.balance }
    }
  }
  step decide "Determine the response" {
    select reason "Reason" options ["Verified", "Modified", "Deleted"] required
    text_area notes "Explain the modification" required
      when reason == "Modified" or (account.balance > 1000 and consumer.state in ["CA", "NY"])
    response_code acdv "ACDV Response Code" codes ["01", "03", "23"] required allow_case_resolution
  }
}
`;

describe('the SPEC §2.5 example', () => {
  it('checks without a diagnostic, and resolves every reference', () => {
    const result = checkSource(EXAMPLE, [DICTIONARY]);
    expect(result.diagnostics).toEqual([]);
    const model = result.model;
    const steps = model?.checklist.steps ?? [];
    expect(steps.flatMap((step) => step.items).map((item) => model?.itemId(item))).toEqual([
      'intro_instructions_1',
      'has_files',
      'reviewed',
      'docs',
      'cmp',
      'reason',
      'notes',
      'acdv',
    ]);
    expect(model?.caseDecls.map((c) => c.decl.path.text)).toEqual([
      'dispute.type',
      'dispute.code',
      'consumer.name',
      'consumer.ssn',
      'consumer.dob',
      'consumer.state',
      'account.number',
      'account.balance',
      'qa.selected',
      'files',
    ]);
  });
});
