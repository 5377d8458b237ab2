// The Swedish and English catalogues use BC's captions from domain.md §1 and carry the same placeholders.
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/ui/i18n/catalogues';
import type { MessageKey } from '../../src/ui/i18n/en';

// domain.md §1, copied by hand: [key, English, Svenska].
const bcCaptions: [MessageKey, string, string][] = [
  ['nav.postInventoryCost', 'Post Inventory Cost to G/L', 'Bokför lagerkostnad i redov.'],
  ['nav.reconciliation', 'Inventory – G/L Reconciliation', 'Avstämning lager – redovisning'],
  ['ledgers.valueEntries', 'Value Entries', 'Värdetransaktioner'],
  ['ledgers.itemLedgerEntries', 'Item Ledger Entries', 'Artikeltransaktioner'],
  ['ledgers.glEntries', 'G/L Entries', 'Redovisningstransaktioner'],
  [
    'post.plan.testReport',
    'Post Inventory Cost to G/L – Test, listing every error first',
    'Bokför lagerkostnad i redovisning – test, med alla fel först',
  ],
  ['reconciliation.showMatrix', 'Show Matrix', 'Visa matris'],
  ['reconciliation.showWarning', 'Show Warning', 'Visa varning'],
  ['setup.automaticCostPosting', 'Automatic Cost Posting', 'Automatisk kostnadsbokföring'],
  ['setup.expectedCostPosting', 'Expected Cost Posting to G/L', 'Bokför förväntad kostnad i redovisning'],
  ['ledgers.plan.adjustCost', 'Adjust Cost – Item Entries', 'Justera kostnad – artikeltransaktioner'],
];

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it.each(bcCaptions)('%s uses the BC caption', (key, english, swedish) => {
    expect(catalogues.en[key]).toBe(english);
    expect(catalogues.sv[key]).toBe(swedish);
  });

  it('every Swedish message has the placeholders of its English message', () => {
    for (const key of Object.keys(catalogues.en) as MessageKey[]) {
      expect(placeholders(catalogues.sv[key]), key).toEqual(placeholders(catalogues.en[key]));
    }
  });

  it('no message is empty', () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const [key, message] of Object.entries(catalogue)) expect(message.trim(), key).not.toBe('');
    }
  });
});
