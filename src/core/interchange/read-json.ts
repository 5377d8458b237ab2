// readDatasetJson: a dataset file's text → Dataset. Checks syntax (with line and column), the
// format and version (migrating older versions), then validates the body like readDatasetObject.
import type { Dataset } from '../model/dataset';
import { DATASET_FORMAT, DATASET_VERSION } from '../model/dataset';
import { fail, problem, type Problem, type Result } from '../problems/problem';
import { showValue } from './collector';
import { findJsonSyntaxError, lineAndColumn } from './json-syntax';
import { jsonLineLocator } from './json-lines';
import { DATASET_MIGRATIONS, migrateDataset, type DatasetMigration } from './migrations';
import { readDatasetValue, type ReadDatasetOptions } from './read-dataset';

export interface ReadDatasetJsonOptions extends ReadDatasetOptions {
  /** Migration steps (tests pass their own). */
  migrations?: readonly DatasetMigration[];
}

export function readDatasetJson(text: string, options: ReadDatasetJsonOptions = {}): Result<Dataset> {
  const file = options.file ?? 'dataset.json';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return fail([problem('file-empty', `${file} is empty`, { file }, 'choose a Costbook dataset file (.json)')]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return fail([syntaxProblem(body, file)]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail([notADataset(file, 'the file is not a JSON object')]);
  }
  const obj = parsed as Record<string, unknown>;
  if (obj.format !== DATASET_FORMAT) {
    const what = obj.format === undefined ? 'has no "format"' : `has format ${JSON.stringify(obj.format)}`;
    return fail([notADataset(file, `the file ${what}`, obj.format)]);
  }
  const version = obj.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail([
      problem(
        'format-unknown',
        `${file}, field version: ${version === undefined ? 'missing' : JSON.stringify(version)} is not a dataset version (a whole number)`,
        { file, field: 'version', value: showValue(version) },
      ),
    ]);
  }
  if (version > DATASET_VERSION) {
    return fail([
      problem(
        'format-version-too-new',
        `${file} is dataset version ${version}; this Costbook reads version ${DATASET_VERSION} and older`,
        { file, field: 'version', value: String(version) },
        'update Costbook to open this file',
      ),
    ]);
  }
  const migrated = migrateDataset(obj, version, DATASET_VERSION, options.migrations ?? DATASET_MIGRATIONS);
  if (!migrated.ok) {
    return fail([
      problem('format-unknown', `${file}: no migration from dataset version ${migrated.missingFrom}`, {
        file,
        field: 'version',
        value: String(version),
      }),
    ]);
  }
  // Lines are only meaningful for the text as written, i.e. when no migration changed it.
  const locator = migrated.applied.length === 0 ? jsonLineLocator(body, file) : undefined;
  return readDatasetValue(migrated.body, {
    ...options,
    file,
    ignoreKeys: ['format', 'version'],
    ...(locator ? { locator } : {}),
  });
}

function syntaxProblem(text: string, file: string): Problem {
  const found = findJsonSyntaxError(text) ?? { offset: 0, reason: 'the file is not valid JSON' };
  const { line, column } = lineAndColumn(text, found.offset);
  return problem(
    'json-syntax-error',
    `${file} line ${line}, column ${column}: ${found.reason}`,
    { file, line, column, value: text.slice(found.offset, found.offset + 20) },
    'fix the JSON syntax (a missing comma, quote or bracket) and import again',
  );
}

function notADataset(file: string, detail: string, value?: unknown): Problem {
  const where = value === undefined ? { file, field: 'format' } : { file, field: 'format', value: showValue(value) };
  return problem(
    'format-unknown',
    `${file} is not a Costbook dataset: ${detail}`,
    where,
    `expected "format": "${DATASET_FORMAT}"`,
  );
}
