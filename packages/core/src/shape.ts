/**
 * One small declarative validator for everything a host hands in (ratings, norms profiles,
 * trajectory models, content packs): a shape is described once from the pieces below, and walking
 * it yields every problem as { code, field, message }, the message naming the field and the rule
 * ("items[2] must be from 0 to 10, not 10.1."). Nothing is rounded, clamped or dropped.
 */
import type { FitlineErrorCode, FitlineProblem } from './errors.js';
import { throwProblems } from './errors.js';

interface Context {
  code: FitlineErrorCode;
  /** What the value is called when the problem is with the value itself, such as "A rating". */
  name: string;
  problems: FitlineProblem[];
}

/**
 * Checks a value found at `field`, adding a problem for each rule it breaks; true when it breaks none.
 * A field of an object is also handed the object, for rules between fields.
 */
// The value is `any` inside shapes: each shape tests what it relies on before it relies on it.
export type Shape = (value: any, field: string, context: Context, parent?: any) => boolean;

/** Every problem with `value`, in field order; none when it has the shape. */
export function check(shape: Shape, value: unknown, code: FitlineErrorCode, name: string, field = ''): FitlineProblem[] {
  const context = { code, name, problems: [] };
  shape(value, field, context);
  return context.problems;
}

/**
 * Throws a FitlineError (`bad-option`) naming every problem with an argument a host passed, such as
 * an age or an intake; `field` is what the argument is called (none for an object of named ones).
 */
export function assertArgument(shape: Shape, value: unknown, field = ''): void {
  throwProblems(check(shape, value, 'bad-option', field, field));
}

export const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as an error message names it; never throws, whatever the host passed (`{ toString: 1 }` included). */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value === 'object' && value ? 'an object' : String(value);
}

/** Records that the value at `field` breaks `rule`; for shapes written by hand. */
export function fail(context: Context, field: string, rule: string, value: unknown, code = context.code): false {
  context.problems.push({ code, field, message: `${field || context.name} must be ${rule}, not ${describe(value)}.` });
  return false;
}

const join = (field: string, key: string) => (field && key ? `${field}.${key}` : field + key);

/**
 * The names of a list's entries under `field` (`items[0]` ...), made once per field and reused: a
 * valid value, the common case, then costs no string building at all.
 */
function entryNames(): (field: string, count: number) => string[] {
  const byField = new Map<string, string[]>();
  return (field, count) => {
    let names = byField.get(field);
    if (!names || names.length < count) {
      names = Array.from({ length: count }, (_, i) => `${field}[${i}]`);
      if (byField.size < 64) byField.set(field, names);
    }
    return names;
  };
}

/** A rule on the value itself; `rule` completes the sentence "FIELD must be ...". */
export function is(test: (value: any) => boolean, rule: string, code?: FitlineErrorCode): Shape {
  return (value, field, context) => test(value) || fail(context, field, rule, value, code);
}

/** A rule between an object's fields, reported at `key` (or at the object for ''). */
export function relation(key: string, test: (value: any) => boolean, rule: string): Shape {
  return (value, field, context) => test(value) || fail(context, join(field, key), rule, key ? value[key] : value);
}

/**
 * A shape built on first use. Marked pure, so a bundle that never validates this kind of value
 * (a page with only the scales never checks a whole Rating or a norms profile) leaves it out.
 */
export function lazy(build: () => Shape): Shape {
  let shape: Shape | undefined;
  return (value, field, context) => (shape ??= build())(value, field, context);
}

export const optional = (shape: Shape): Shape => (value, field, context, parent) => value === undefined || shape(value, field, context, parent);

export const nullable = (shape: Shape): Shape => (value, field, context) => value === null || shape(value, field, context);

export const oneOf = (values: readonly unknown[], code?: FitlineErrorCode): Shape => is((v) => values.includes(v), `one of ${values.join(', ')}`, code);

/** Shapes checked in turn, stopping at the first that fails, so later ones can rely on earlier ones. */
export const inTurn = (...shapes: Shape[]): Shape => (value, field, context) => shapes.every((shape) => shape(value, field, context));

/** An object whose listed fields each have their shape (other fields are not looked at); every field is checked. */
export function object(fields: Record<string, Shape>): Shape {
  const entries = Object.entries(fields);
  const rule = `an object { ${Object.keys(fields).join(', ')} }`;
  // The fields' full names under the most recent parent field, reused while it stays the same.
  let parent: string | undefined;
  let names: string[] = [];
  return (value, field, context) => {
    if (!isObject(value)) return fail(context, field, rule, value);
    if (field !== parent) {
      parent = field;
      names = entries.map(([key]) => join(field, key));
    }
    let ok = true;
    for (let i = 0; i < entries.length; i++) ok = entries[i]![1](value[entries[i]![0]], names[i]!, context, value) && ok;
    return ok;
  };
}

// Index loops in the two lists below: a hole in a list is a problem too, not something to skip.

/** A non-empty list whose entries all have `entry`'s shape. */
export function list(entry: Shape, rule: string): Shape {
  const namesOf = entryNames();
  return (value, field, context) => {
    if (!Array.isArray(value) || value.length === 0) return fail(context, field, rule, value);
    const names = value.length <= 64 ? namesOf(field, value.length) : null;
    let ok = true;
    for (let i = 0; i < value.length; i++) ok = entry(value[i], names?.[i] ?? `${field}[${i}]`, context) && ok;
    return ok;
  };
}

/** A list of exactly one entry per shape, each entry with its own. */
export function tuple(entries: readonly Shape[], rule: string, code?: FitlineErrorCode): Shape {
  const namesOf = entryNames();
  return (value, field, context) => {
    if (!Array.isArray(value) || value.length !== entries.length) return fail(context, field, rule, value, code);
    const names = namesOf(field, entries.length);
    let ok = true;
    for (let i = 0; i < entries.length; i++) ok = entries[i]!(value[i], names[i]!, context) && ok;
    return ok;
  };
}

/** The shape named by the value's `key` field (such as a model's `kind`), or `other` when it names none. */
export function variant(key: string, shapes: Record<string, Shape>, other: Shape): Shape {
  return (value, field, context) => {
    const name: unknown = isObject(value) ? value[key] : undefined;
    return (typeof name === 'string' && Object.hasOwn(shapes, name) ? shapes[name]! : other)(value, field, context);
  };
}

/** A string with something in it: names, labels, sources. */
export const text = /* @__PURE__ */ is((v) => typeof v === 'string' && v !== '', 'a non-empty string');

/** An outcome total, 0 to 40 (tenths not required): an intake, a band's edge, a population's mean. */
export const total = /* @__PURE__ */ is((v) => typeof v === 'number' && v >= 0 && v <= 40, 'a total from 0 to 40');

/** A finite number: a mean, a change, a coefficient. */
export const finite = /* @__PURE__ */ is(Number.isFinite, 'a finite number');

/** A number above 0 up to `max`: a standard deviation, a threshold on a scale that ends at `max`. */
export const above0 = (max: number): Shape => is((v) => typeof v === 'number' && v > 0 && v <= max, `a number above 0 up to ${max}`);
