// The engine API the UI calls through Comlink: one async function per use case.
// Plain functions, so Node tests call them directly without a Worker. Expected failures come back
// as Result (never thrown); money crosses as decimal strings; big lists cross as pages.
import { version } from '../../package.json';
import type { ItemTransactionAction, TransactionContext } from '../core/costing';
import type { GLJournal } from '../core/posting';
import type { Result } from '../core/problems';
import type { DrillDownTarget, MatrixField, ReconciliationFilters } from '../core/reconciliation';
import { EngineContext, type EngineOptions, type StorageListener } from './engine-context';
import { withFileBytes, type BlobImportFile } from './file-bytes';
import type { ProgressCallback } from './operations';
import { deleteDataset, getDataset, listDatasets, storageStatus } from './use-cases/datasets';
import { exportDataset, type ExportFormat, type ExportOptions } from './use-cases/export-dataset';
import { divergence } from './use-cases/divergence';
import { exportDrillDown, type DrillDownList } from './use-cases/export-drill-down';
import { exportViewCsv } from './use-cases/export-view';
import { postGLJournal } from './use-cases/gl-journal';
import { importDataset, type ImportRequest } from './use-cases/import-dataset';
import type { ImportFile } from './use-cases/read-import-files';
import { adjustCost, postItemTransaction } from './use-cases/item-transactions';
import { PostingRuns, type PostingRunList, type PostingRunPage } from './posting-runs';
import {
  postInventoryCost,
  previewPostInventoryCost,
  testReport,
  type PostingRequest,
} from './use-cases/post-inventory-cost';
import { buildMatrix, ledgerEntries, type EntriesQuery } from './use-cases/reconciliation';
import { matrixDrillDown, previewMatrixAfterPosting, relatedEntries } from './use-cases/reconciliation-drill-down';
import { ensureSampleDataset } from './use-cases/sample-dataset';
import { editSetup, getSetup, type SetupEdit } from './use-cases/setup';
import { saveScenarioDataset, ScenarioSessions } from './use-cases/step-through';

export type { EngineOptions, StorageEvent, StorageListener } from './engine-context';
export type { Progress, ProgressCallback } from './operations';
export type { ImportFile } from './use-cases/read-import-files';
export type { BlobImportFile } from './file-bytes';
export type { ImportMode, ImportRequest } from './use-cases/import-dataset';
export type { ExportFile, ExportFormat, ExportOptions } from './use-cases/export-dataset';
export type { DrillDownList } from './use-cases/export-drill-down';
export type { CsvTableName } from '../core/interchange';
export type { PostingRequest, PostingRunView, TestLineView, TestReportView } from './use-cases/post-inventory-cost';
export type { PostingRunList, PostingRunPage, PostingRunRows } from './posting-runs';
export type { ChangeCounts, WriteOutcome } from './use-cases/item-transactions';
export type { EntriesQuery } from './use-cases/reconciliation';
export type { CauseView, MatrixView } from './use-cases/reconciliation-view';
export type { Divergence, DivergencePoint } from '../core/reconciliation';
export type { SetupEdit, SetupView } from './use-cases/setup';
export type { ScenarioSessionView, ScenarioStepSummary, ScenarioStepView } from './use-cases/step-through';
export type { DatasetSummary, LedgerPage, LedgerTableName, SetupTableName, StorageInfo } from '../storage';

/** Builds the engine API over one database (default: the app's; tests pass their own name). */
export function createEngineApi(options: EngineOptions = {}) {
  const ctx = new EngineContext(options);
  const scenarios = new ScenarioSessions();
  const runs = new PostingRuns();
  return {
    /** The engine's version (the app's package version), shown in the footer. */
    engineVersion(): Promise<string> {
      return Promise.resolve(version);
    },

    // Storage
    /** Persistence granted?, bytes used and quota. */
    storageStatus: () => storageStatus(),
    /** `listener` (a Comlink.proxy) hears 'version-change' when another tab upgraded the app: ask for a reload. */
    watchStorage(listener: StorageListener): Promise<void> {
      ctx.addStorageListener(listener);
      return Promise.resolve();
    },

    // Datasets
    listDatasets: () => listDatasets(ctx),
    /** Stores the built-in sample when no dataset exists (first start). */
    ensureSampleDataset: () => ensureSampleDataset(ctx),
    /** Files may be Blobs (a picked File): their bytes are read in the worker, not on the UI thread. */
    importDataset: async (
      request: Omit<ImportRequest, 'files'> & { files: (ImportFile | BlobImportFile)[] },
      onProgress?: ProgressCallback,
      operationId?: string,
    ) => importDataset(ctx, await withFileBytes(request), onProgress, operationId),
    /** Files as Blobs built in the worker; `options.table` asks for one CSV file only. Progress and cancel as import. */
    exportDataset: (
      datasetId: string,
      format: ExportFormat,
      options?: ExportOptions,
      onProgress?: ProgressCallback,
      operationId?: string,
    ) => exportDataset(ctx, datasetId, format, options, onProgress, operationId),
    /** Every entry of a drill-down list (not only the page shown) as the table's CSV; progress and cancel. */
    exportDrillDown: (datasetId: string, list: DrillDownList, onProgress?: ProgressCallback, operationId?: string) =>
      exportDrillDown(ctx, datasetId, list, onProgress, operationId),
    /** The view on screen (rows of the cells it shows, header first) as one CSV file named after `name`. */
    exportViewCsv: (name: string, rows: string[][]) => Promise.resolve(exportViewCsv(name, rows)),
    deleteDataset: (datasetId: string) => deleteDataset(ctx, datasetId),
    /** The whole dataset as rows: small datasets only (use ledgerEntries pages for big ledgers). */
    getDataset: (datasetId: string) => getDataset(ctx, datasetId),

    // Setup
    getSetup: (datasetId: string) => getSetup(ctx, datasetId),
    editSetup: (datasetId: string, edit: SetupEdit) => editSetup(ctx, datasetId, edit),

    // Item transactions and cost adjustment
    postItemTransaction: (datasetId: string, action: ItemTransactionAction, context?: TransactionContext) =>
      postItemTransaction(ctx, datasetId, action, context),
    adjustCost: (datasetId: string, options?: { itemNos?: string[] }) => adjustCost(ctx, datasetId, options),

    // Post Inventory Cost to G/L
    // Each returns its lists' first pages and counts; the worker keeps the last run's (and the last test
    // report's) full lists for postingRunPage until the next run of that kind or releasePostingRun.
    testReport: (datasetId: string, request: PostingRequest) => testReport(ctx, runs, datasetId, request),
    previewPostInventoryCost: (datasetId: string, request: PostingRequest) =>
      previewPostInventoryCost(ctx, runs, datasetId, request),
    postInventoryCost: (datasetId: string, request: PostingRequest) => postInventoryCost(ctx, runs, datasetId, request),
    /** Rows [offset, offset + limit) (limit ≤ 1000) of a list of the last run or test report. */
    postingRunPage: <L extends PostingRunList>(
      runId: string,
      list: L,
      offset: number,
      limit: number,
    ): Promise<Result<PostingRunPage<L>>> => Promise.resolve(runs.page(runId, list, offset, limit)),
    /** Frees a kept run's lists (the page no longer shows them). */
    releasePostingRun(runId: string): Promise<void> {
      runs.release(runId);
      return Promise.resolve();
    },

    /** Posts a balanced manual G/L journal. */
    postGLJournal: (datasetId: string, journal: GLJournal) => postGLJournal(ctx, datasetId, journal),

    // Reconciliation
    buildMatrix: (datasetId: string, filters: ReconciliationFilters) => buildMatrix(ctx, datasetId, filters),
    /** A page of ledger entries (all, or the entry nos. behind a cause or cell). */
    ledgerEntries: (datasetId: string, query: EntriesQuery) => ledgerEntries(ctx, datasetId, query),
    /** A page of the value entry / G/L entry nos. behind a matrix cell or cause (same filters as the matrix). */
    matrixDrillDown: (
      datasetId: string,
      target: DrillDownTarget,
      filters: ReconciliationFilters,
      page: { offset: number; limit: number },
    ) => matrixDrillDown(ctx, datasetId, target, filters, page),
    /** A page of: G/L entry → the value entries it was posted from; value entry → its G/L entries. */
    relatedEntries: (
      datasetId: string,
      of: { glEntryNo: number } | { valueEntryNo: number },
      page: { offset: number; limit: number },
    ) => relatedEntries(ctx, datasetId, of, page),
    /** Where did it diverge: a field's cumulative item and G/L balances per date and the first date they differ. */
    divergence: (datasetId: string, field: MatrixField) => divergence(ctx, datasetId, field),
    /** Today's matrix and the matrix after the run the request would post (nothing stored). */
    previewMatrixAfterPosting: (datasetId: string, request: PostingRequest, filters: ReconciliationFilters) =>
      previewMatrixAfterPosting(ctx, datasetId, request, filters),

    // Scenario step-through
    /** Parses a scenario file and opens a session on a fresh copy of its dataset. */
    openScenario: (text: string, fileName?: string) => Promise.resolve(scenarios.open(text, fileName)),
    /** Runs the session's next step: what it created and whether its expectations held. */
    runScenarioStep: (sessionId: string) => Promise.resolve(scenarios.runNext(sessionId)),
    resetScenario: (sessionId: string) => Promise.resolve(scenarios.reset(sessionId)),
    closeScenario(sessionId: string): Promise<void> {
      scenarios.close(sessionId);
      return Promise.resolve();
    },
    /** Imports the scenario's dataset as it is now as a new dataset. */
    saveScenarioDataset: (sessionId: string) => saveScenarioDataset(ctx, scenarios, sessionId),

    /** Asks a running operation (started with this id) to stop at its next stage; nothing is written. */
    cancel(operationId: string): Promise<void> {
      ctx.operations.cancel(operationId);
      return Promise.resolve();
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;
