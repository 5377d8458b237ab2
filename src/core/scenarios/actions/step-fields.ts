// Typed reads of a step's fields for action handlers; a missing or mistyped field becomes a problem
// naming the step field, so a malformed step is refused with a clear message instead of crashing.
import { problem, type Problem } from '../../problems';
import type { ScenarioStep } from '../types';

export class StepFields {
  readonly problems: Problem[] = [];

  constructor(private readonly step: ScenarioStep) {}

  private wrong(field: string, want: string): void {
    const value = this.step[field];
    const code = value === undefined ? 'field-required' : 'value-invalid';
    const text = value === undefined ? `${this.step.action} needs ${field} (${want})` : `${field} must be ${want}`;
    this.problems.push(problem(code, text, { field, value: JSON.stringify(value ?? null) }));
  }

  string(field: string): string {
    const value = this.step[field];
    if (typeof value === 'string') return value;
    this.wrong(field, 'a string');
    return '';
  }

  optionalString(field: string): string | undefined {
    return this.step[field] === undefined ? undefined : this.string(field);
  }

  boolean(field: string): boolean {
    const value = this.step[field];
    if (typeof value === 'boolean') return value;
    this.wrong(field, 'true or false');
    return false;
  }

  optionalBoolean(field: string): boolean | undefined {
    return this.step[field] === undefined ? undefined : this.boolean(field);
  }

  oneOf<T extends string>(field: string, options: readonly T[]): T {
    const value = this.step[field];
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    this.wrong(field, `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`);
    return options[0]!;
  }

  list(field: string): unknown[] {
    const value = this.step[field];
    if (Array.isArray(value)) return value as unknown[];
    this.wrong(field, 'a list');
    return [];
  }

  optionalObject(field: string): Record<string, unknown> | undefined {
    const value = this.step[field];
    if (value === undefined) return undefined;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    this.wrong(field, 'an object');
    return undefined;
  }

  raw(field: string): unknown {
    return this.step[field];
  }
}
