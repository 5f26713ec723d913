// Validation of EventBridge event patterns: turns a pattern into a tree of value tests, or names the fault and where it is.
import { inBlock, parseCidr, parseIpAddress, sameAddress } from "./ip-address.js";
import type { IpAddress } from "./ip-address.js";
import { parseWildcard } from "./wildcard.js";

export class InvalidPatternError extends Error {
  readonly code = "invalid_pattern";
}

export type Scalar = string | number | boolean | null;
export type ValueTest = (value: Scalar) => boolean;

/** One field's value list: a leaf value in `exact` or passing a test, or no leaf value at all when `matchesAbsent`. */
export interface LeafRule {
  readonly exact: ReadonlySet<Scalar>;
  readonly tests: readonly ValueTest[];
  readonly matchesAbsent: boolean;
}

/** A pattern object: rules on the value itself, child patterns by field name, and `$or` groups of alternatives. */
export interface PatternNode {
  readonly leaves: readonly LeafRule[];
  readonly children: ReadonlyMap<string, PatternNode>;
  readonly alternatives: readonly (readonly PatternNode[])[];
}

const OPERATORS = ["prefix", "suffix", "equals-ignore-case", "wildcard", "anything-but", "numeric", "exists", "cidr"];
const COMPARISONS = ["=", "<", "<=", ">", ">="];
// EventBridge refuses these as field names inside $or so an operator misplaced there cannot pass for a field.
const RESERVED_IN_OR = new Set([...OPERATORS, ...COMPARISONS]);
const ANYTHING_BUT_FORMS = ["prefix", "suffix", "equals-ignore-case", "wildcard"];
const ABSENT = Symbol("absent");

export function parsePattern(pattern: unknown): PatternNode {
  if (!isObject(pattern)) throw fault("", `the event pattern must be a JSON object, got ${describe(pattern)}`);
  return parseObject(pattern, "", false);
}

function parseObject(object: Record<string, unknown>, path: string, insideOr: boolean): PatternNode {
  const keys = Object.keys(object);
  if (keys.length === 0) throw fault(path, path ? "empty object; give at least one field" : "the event pattern is empty");
  const children = new Map<string, PatternNode>();
  const alternatives: PatternNode[][] = [];
  for (const key of keys) {
    const value = object[key];
    const at = path ? `${path}.${key}` : key;
    if (key === "$or") {
      alternatives.push(parseOr(value, at));
    } else if (insideOr && RESERVED_IN_OR.has(key)) {
      throw fault(at, `"${key}" is an operator and cannot be a field name inside $or`);
    } else if (Array.isArray(value)) {
      children.set(key, { leaves: [parseLeaf(value, at)], children: new Map(), alternatives: [] });
    } else if (isObject(value)) {
      children.set(key, parseObject(value, at, insideOr));
    } else {
      const hint = OPERATORS.includes(key) ? ` (operators go inside a value list: [{"${key}": ...}])` : "";
      throw fault(at, `must be an array of values or a nested object, got ${describe(value)}${hint}`);
    }
  }
  return { leaves: [], children, alternatives };
}

function parseOr(value: unknown, path: string): PatternNode[] {
  if (!Array.isArray(value) || value.length < 2) {
    throw fault(path, `needs an array of at least two pattern objects, got ${describe(value)}`);
  }
  return value.map((alternative, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(alternative)) throw fault(at, `must be a pattern object, got ${describe(alternative)}`);
    return parseObject(alternative, at, true);
  });
}

function parseLeaf(list: unknown[], path: string): LeafRule {
  if (list.length === 0) throw fault(path, "empty value list; give at least one value");
  const exact = new Set<Scalar>();
  const tests: ValueTest[] = [];
  let matchesAbsent = false;
  for (const item of list) {
    if (typeof item === "string") {
      // EventBridge compares IP literals as addresses, so "::1" also matches "0:0:0:0:0:0:0:1".
      const address = parseIpAddress(item);
      if (address) tests.push((v) => typeof v === "string" && isAddress(v, address));
      else exact.add(item);
    } else if (isFiniteNumber(item) || typeof item === "boolean" || item === null) {
      exact.add(item);
    } else if (isObject(item)) {
      const matcher = parseMatcher(item, path);
      if (matcher === ABSENT) matchesAbsent = true;
      else tests.push(matcher);
    } else {
      throw fault(path, `values must be strings, numbers, booleans, null or operator objects, got ${describe(item)}`);
    }
  }
  return { exact, tests, matchesAbsent };
}

function parseMatcher(matcher: Record<string, unknown>, path: string): ValueTest | typeof ABSENT {
  const keys = Object.keys(matcher);
  const [operator = ""] = keys;
  if (keys.length !== 1) {
    const found = keys.map((k) => `"${k}"`).join(", ");
    throw fault(path, keys.length === 0 ? "operator object {} names no operator" : `an operator object takes one operator, got ${found}`);
  }
  const operand = matcher[operator];
  switch (operator) {
    case "prefix":
    case "suffix":
      return parseAffix(operator, operand, path);
    case "equals-ignore-case": {
      const lower = requireString(operand, path, "equals-ignore-case needs a string").toLowerCase();
      return (v) => typeof v === "string" && v.toLowerCase() === lower;
    }
    case "wildcard": {
      const glob = compileWildcard(requireString(operand, path, "wildcard needs a string"), path, "wildcard");
      return (v) => typeof v === "string" && glob(v);
    }
    case "anything-but":
      return parseAnythingBut(operand, path);
    case "numeric":
      return parseNumeric(operand, path);
    case "exists":
      if (typeof operand !== "boolean") throw fault(path, `exists needs true or false, got ${describe(operand)}`);
      return operand ? () => true : ABSENT;
    case "cidr": {
      const text = requireString(operand, path, 'cidr needs a string such as "10.0.0.0/24"');
      const parsed = parseCidr(text);
      if ("fault" in parsed) throw fault(path, `cidr "${text}" ${parsed.fault}`);
      const { block } = parsed;
      return (v) => {
        const address = typeof v === "string" ? parseIpAddress(v) : undefined;
        return address !== undefined && inBlock(address, block);
      };
    }
    default:
      throw fault(path, `unknown operator "${operator}"; known operators are ${OPERATORS.join(", ")}`);
  }
}

function parseAffix(kind: "prefix" | "suffix", operand: unknown, path: string): ValueTest {
  const has = (s: string, part: string): boolean => (kind === "prefix" ? s.startsWith(part) : s.endsWith(part));
  if (typeof operand === "string") return (v) => typeof v === "string" && has(v, operand);
  const keys = isObject(operand) ? Object.keys(operand) : [];
  const ignoreCase = isObject(operand) ? operand["equals-ignore-case"] : undefined;
  if (keys.length !== 1 || typeof ignoreCase !== "string") {
    throw fault(path, `${kind} needs a string or {"equals-ignore-case": "..."}, got ${describe(operand)}`);
  }
  const lower = ignoreCase.toLowerCase();
  return (v) => typeof v === "string" && has(v.toLowerCase(), lower);
}

// Anything-but matches every leaf value, of any type, that the excluded form does not.
function parseAnythingBut(operand: unknown, path: string): ValueTest {
  if (typeof operand === "string" || isFiniteNumber(operand)) return (v) => v !== operand;
  if (Array.isArray(operand)) {
    if (operand.length === 0) throw fault(path, "anything-but list is empty");
    const strings = operand.filter((x): x is string => typeof x === "string");
    const numbers = operand.filter(isFiniteNumber);
    if (strings.length !== operand.length && numbers.length !== operand.length) {
      throw fault(path, "anything-but list must hold only strings or only numbers");
    }
    const excluded = new Set<Scalar>(strings.length > 0 ? strings : numbers);
    return (v) => !excluded.has(v);
  }
  const keys = isObject(operand) ? Object.keys(operand) : [];
  const [form = ""] = keys;
  if (!isObject(operand) || keys.length !== 1 || !ANYTHING_BUT_FORMS.includes(form)) {
    throw fault(
      path,
      isObject(operand) && keys.length === 1
        ? `anything-but does not support "${form}"; it takes ${ANYTHING_BUT_FORMS.join(", ")}`
        : `anything-but needs a string, a number, a list of either, or an object with one of ` +
            `${ANYTHING_BUT_FORMS.join(", ")}; got ${describe(operand)}`,
    );
  }
  const values = anythingButStrings(operand[form], form, path);
  const excludes = excludedBy(form, values, path);
  return (v) => typeof v !== "string" || !excludes(v);
}

function anythingButStrings(operand: unknown, form: string, path: string): string[] {
  const values = typeof operand === "string" ? [operand] : operand;
  if (!Array.isArray(values) || values.length === 0 || !values.every((x) => typeof x === "string")) {
    throw fault(path, `anything-but ${form} needs a string or a non-empty list of strings, got ${describe(operand)}`);
  }
  if ((form === "prefix" || form === "suffix") && values.includes("")) {
    throw fault(path, `anything-but ${form} must not be empty`);
  }
  return values;
}

function excludedBy(form: string, values: string[], path: string): (s: string) => boolean {
  switch (form) {
    case "prefix":
      return (s) => values.some((p) => s.startsWith(p));
    case "suffix":
      return (s) => values.some((p) => s.endsWith(p));
    case "equals-ignore-case": {
      const lowered = new Set(values.map((x) => x.toLowerCase()));
      return (s) => lowered.has(s.toLowerCase());
    }
    default: {
      const globs = values.map((x) => compileWildcard(x, path, "anything-but wildcard"));
      return (s) => globs.some((glob) => glob(s));
    }
  }
}

function parseNumeric(operand: unknown, path: string): ValueTest {
  const example = '[">", 0, "<=", 5]';
  if (!Array.isArray(operand)) throw fault(path, `numeric needs an array such as ${example}, got ${describe(operand)}`);
  const [first, , second] = operand;
  if (typeof first !== "string" || !COMPARISONS.includes(first)) {
    const operators = COMPARISONS.map((c) => `"${c}"`).join(", ");
    throw fault(path, `numeric must start with one of ${operators}, got ${describe(first)}`);
  }
  const a = numberAfter(operand, 1, first, path);
  if (first === "=" || first === "<" || first === "<=") {
    if (operand.length > 2) {
      const upperFirst = `numeric "${first}" must come last; put the lower bound first, as in ${example}`;
      throw fault(path, first === "=" ? 'numeric "=" takes exactly one number' : upperFirst);
    }
    if (first === "=") return (v) => v === a;
    return first === "<" ? (v) => typeof v === "number" && v < a : (v) => typeof v === "number" && v <= a;
  }
  const above = first === ">" ? (n: number) => n > a : (n: number) => n >= a;
  if (operand.length === 2) return (v) => typeof v === "number" && above(v);
  if (second !== "<" && second !== "<=") {
    throw fault(path, `numeric lower bound "${first}" can be followed only by "<" or "<=", got ${describe(second)}`);
  }
  const b = numberAfter(operand, 3, second, path);
  if (operand.length > 4) throw fault(path, "numeric takes at most a lower and an upper bound");
  if (!(a < b)) throw fault(path, `numeric range is empty: lower bound ${a} must be below upper bound ${b}`);
  const below = second === "<" ? (n: number) => n < b : (n: number) => n <= b;
  return (v) => typeof v === "number" && above(v) && below(v);
}

function numberAfter(list: unknown[], index: number, operator: string, path: string): number {
  const n = list[index];
  if (!isFiniteNumber(n)) throw fault(path, `numeric needs a number after "${operator}"`);
  return n;
}

function compileWildcard(text: string, path: string, label: string): (s: string) => boolean {
  const parsed = parseWildcard(text);
  if ("fault" in parsed) throw fault(path, `${label} "${text}" ${parsed.fault}`);
  return parsed.matches;
}

function isAddress(text: string, address: IpAddress): boolean {
  const other = parseIpAddress(text);
  return other !== undefined && sameAddress(other, address);
}

function requireString(value: unknown, path: string, message: string): string {
  if (typeof value !== "string") throw fault(path, `${message}, got ${describe(value)}`);
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : `an array of ${value.length}`;
  if (value === null) return "null";
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  return typeof value === "object" ? "an object" : String(typeof value);
}

function fault(path: string, message: string): InvalidPatternError {
  return new InvalidPatternError(path ? `${path}: ${message}` : message);
}
