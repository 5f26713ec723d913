// EventBridge event patterns: compile a rule's pattern once, then test each event against it as TestEventPattern does.
import { parsePattern } from "./event-pattern-parse.js";
import type { LeafRule, PatternNode, Scalar } from "./event-pattern-parse.js";

export { InvalidPatternError } from "./event-pattern-parse.js";

export type EventPattern = Record<string, unknown>;

/** A pattern with its `$or`s multiplied out: one conjunction of field rules. */
interface Branch {
  readonly leaves: readonly LeafRule[];
  readonly children: ReadonlyMap<string, Branch>;
}

const NO_FIELDS: Readonly<Record<string, unknown>> = {};

/** Validates the pattern (throwing InvalidPatternError) and returns a matcher for events. */
export function compilePattern(pattern: unknown): (event: unknown) => boolean {
  const branches = expand(parsePattern(pattern));
  return (event) => branches.some((branch) => matchesBranch(branch, event));
}

export function matchesPattern(pattern: unknown, event: unknown): boolean {
  return compilePattern(pattern)(event);
}

// EventBridge splits a pattern at each `$or` into sub-rules matched on their own. Expanding the same way keeps its
// array rule exact: fields matched together must come from one array element, even when one sits inside an `$or`.
function expand(node: PatternNode): Branch[] {
  let branches: Branch[] = [{ leaves: node.leaves, children: new Map() }];
  for (const [key, child] of node.children) {
    branches = product(branches, expand(child).map((branch) => ({ leaves: [], children: new Map([[key, branch]]) })));
  }
  for (const group of node.alternatives) {
    branches = product(branches, group.flatMap(expand));
  }
  return branches;
}

function product(left: Branch[], right: Branch[]): Branch[] {
  return left.flatMap((l) => right.map((r) => merge(l, r)));
}

function merge(a: Branch, b: Branch): Branch {
  const children = new Map(a.children);
  for (const [key, child] of b.children) {
    const existing = children.get(key);
    children.set(key, existing ? merge(existing, child) : child);
  }
  return { leaves: [...a.leaves, ...b.leaves], children };
}

function matchesBranch(branch: Branch, value: unknown): boolean {
  for (const leaf of branch.leaves) {
    if (!matchesLeaf(leaf, value)) return false;
  }
  if (branch.children.size === 0) return true;
  if (isObject(value)) return matchesFields(branch, value);
  // A value holding no object has none of the fields, which only exists:false accepts.
  const objects = objectsIn(value);
  return objects.length === 0 ? matchesFields(branch, NO_FIELDS) : objects.some((o) => matchesFields(branch, o));
}

function matchesFields(branch: Branch, object: Readonly<Record<string, unknown>>): boolean {
  for (const [key, child] of branch.children) {
    if (!matchesBranch(child, Object.hasOwn(object, key) ? object[key] : undefined)) return false;
  }
  return true;
}

// Value rules apply to leaves only: an object is no value, and an array offers each leaf inside it.
function matchesLeaf(rule: LeafRule, value: unknown): boolean {
  if (isScalar(value)) return passes(rule, value);
  const leaves = Array.isArray(value) ? leavesIn(value) : [];
  return leaves.length === 0 ? rule.matchesAbsent : leaves.some((leaf) => passes(rule, leaf));
}

function passes(rule: LeafRule, value: Scalar): boolean {
  return rule.exact.has(value) || rule.tests.some((test) => test(value));
}

function leavesIn(values: unknown[]): Scalar[] {
  return values.flatMap((v) => (Array.isArray(v) ? leavesIn(v) : isScalar(v) ? [v] : []));
}

function objectsIn(value: unknown): Record<string, unknown>[] {
  if (isObject(value)) return [value];
  return Array.isArray(value) ? value.flatMap(objectsIn) : [];
}

function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
