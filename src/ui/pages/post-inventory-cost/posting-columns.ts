// The columns of the Post Inventory Cost to G/L results, as BC's report 1002 prints them (batch-job.md §2.3).
import type { GLEntry } from '../../../core/model';
import type { PostingGroupSummaryLine, PostingReportLine, ReportColumn, SkippedEntry } from '../../../core/posting';
import type { TestLineView } from '../../../worker/engine-api';
import type { TableColumn } from '../../components/virtual-table';
import { formatAmount } from '../../components/format';
import type { MessageKey } from '../../i18n/en';
import type { Locale } from '../../i18n/catalogues';
import { problemTitle } from '../../i18n/problem-titles';
import { skipReason } from '../../i18n/skip-reasons';

type T = (key: MessageKey) => string;

/** BC's nine report columns in printed order (core's REPORT_COLUMNS; the UI may only import core types). */
export const REPORT_COLUMNS: readonly ReportColumn[] = [
  'COGS',
  'Inventory Adjustment',
  'Direct Cost Applied',
  'Overhead Applied',
  'Purchase Variance',
  'Mfg. Direct Cost Variance',
  'Manufacturing Ovhd Variance',
  'WIP Inventory',
  'Inventory',
];

/** Zero in any scale ("0", "0.00", "-0.00") shows as blank, as BC prints it. */
export const isZeroAmount = (v: string | undefined): boolean => v === undefined || /^-?0*(\.0*)?$/.test(v);

const amount = (v: string | undefined, tag: string) => (isZeroAmount(v) ? '' : formatAmount(v, tag));

export function glEntryColumns(t: T, tag: string): TableColumn<GLEntry>[] {
  return [
    { caption: t('col.entryNo'), width: '5rem', numeric: true, cell: (g) => String(g.entryNo) },
    { caption: t('col.postingDate'), width: '7rem', cell: (g) => g.postingDate },
    { caption: t('col.documentNo'), width: '7rem', cell: (g) => g.documentNo },
    { caption: t('col.glAccountNo'), width: '9.5rem', cell: (g) => g.glAccountNo },
    { caption: t('col.description'), width: 'minmax(18rem, 1fr)', cell: (g) => g.description },
    { caption: t('col.amount'), width: '8rem', numeric: true, cell: (g) => formatAmount(g.amount, tag) },
  ];
}

export function reportLineColumns(t: T, tag: string): TableColumn<PostingReportLine>[] {
  const yesNo = (b: boolean) => t(b ? 'pic.yes' : 'pic.no');
  return [
    { caption: t('col.entryNo'), width: '4.5rem', numeric: true, cell: (l) => String(l.valueEntryNo) },
    { caption: t('col.itemNo'), width: '5rem', cell: (l) => l.itemNo || l.orderNo },
    { caption: t('pic.itemLedgerEntryType'), width: '10rem', cell: (l) => l.itemLedgerEntryType },
    { caption: t('pic.sourceNo'), width: '5.5rem', cell: (l) => l.sourceNo },
    { caption: t('col.documentNo'), width: '7.5rem', cell: (l) => l.documentNo },
    { caption: t('pic.inventoryPostingGroup'), width: '10.5rem', cell: (l) => l.inventoryPostingGroup },
    { caption: t('col.postingDate'), width: '6.5rem', cell: (l) => l.postingDate },
    { caption: t('pic.expectedCost'), width: '7.5rem', cell: (l) => yesNo(l.expectedCost) },
    ...REPORT_COLUMNS.map((c): TableColumn<PostingReportLine> => ({
      caption: t(`rep.${c}`),
      width: '7rem',
      numeric: true,
      cell: (l) => amount(l.amounts[c], tag),
    })),
  ];
}

export function summaryColumns(t: T, tag: string): TableColumn<PostingGroupSummaryLine>[] {
  return [
    { caption: t('pic.entryType'), width: '11rem', cell: (l) => l.accountType },
    { caption: t('col.postingDate'), width: '7rem', cell: (l) => l.postingDate },
    { caption: t('pic.generalPostingSetup'), width: 'minmax(12rem, 1fr)', cell: (l) => l.setupText },
    { caption: t('pic.lineDimensions'), width: 'minmax(8rem, 1fr)', cell: (l) => l.dimensionsText },
    { caption: t('col.amount'), width: '8rem', numeric: true, cell: (l) => formatAmount(l.amount, tag) },
  ];
}

export function skippedColumns(t: T, tag: string, locale: Locale): TableColumn<SkippedEntry>[] {
  const yesNo = (b: boolean) => t(b ? 'pic.yes' : 'pic.no');
  return [
    { caption: t('col.entryNo'), width: '4.5rem', numeric: true, cell: (s) => String(s.valueEntryNo) },
    { caption: t('pic.itemLedgerEntryType'), width: '6.5rem', cell: (s) => s.itemLedgerEntryType },
    { caption: t('col.entryType'), width: '6.5rem', cell: (s) => s.entryType },
    { caption: t('col.documentNo'), width: '6.5rem', cell: (s) => s.documentNo },
    { caption: t('pic.sourceNo'), width: '5rem', cell: (s) => s.sourceNo },
    { caption: t('col.postingDate'), width: '6.5rem', cell: (s) => s.postingDate },
    { caption: t('pic.inventoryPostingGroup'), width: '6rem', cell: (s) => s.inventoryPostingGroup },
    { caption: t('col.locationCode'), width: '5rem', cell: (s) => s.locationCode },
    { caption: t('pic.genBus'), width: '6rem', cell: (s) => s.genBusPostingGroup },
    { caption: t('pic.genProd'), width: '6rem', cell: (s) => s.genProdPostingGroup },
    { caption: t('pic.expectedCost'), width: '4.5rem', cell: (s) => yesNo(s.expectedCost) },
    { caption: t('pic.costAmount'), width: '7rem', numeric: true, cell: (s) => formatAmount(s.costAmount, tag) },
    { caption: t('pic.reason'), width: '14rem', cell: (s) => skipReason(s.code, locale, s.problem.hint).title },
    {
      caption: '',
      width: 'minmax(16rem, 1fr)',
      cell: (s) => skipReason(s.code, locale, s.problem.hint).help,
    },
  ];
}

export function testLineColumns(t: T, tag: string, locale: Locale): TableColumn<TestLineView>[] {
  return [
    { caption: t('col.postingDate'), width: '6.5rem', cell: (l) => l.postingDate },
    { caption: t('col.documentNo'), width: '7.5rem', cell: (l) => l.documentNo },
    {
      caption: t('pic.account'),
      width: '12rem',
      cell: (l) => [l.glAccountNo, l.glAccountName].filter(Boolean).join(' '),
    },
    { caption: t('col.description'), width: 'minmax(16rem, 1fr)', cell: (l) => l.description },
    { caption: t('col.amount'), width: '7rem', numeric: true, cell: (l) => formatAmount(l.amount, tag) },
    {
      caption: t('pic.warning'),
      width: 'minmax(14rem, 1fr)',
      cell: (l) => l.problems.map((p) => `${t('pic.warning')} ${problemTitle(p.code, locale)}`).join(' · '),
    },
  ];
}
