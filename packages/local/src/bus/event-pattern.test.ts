// Event-pattern semantics, case by case from the EventBridge content-filtering documentation and its matcher's README.
import { describe, expect, it } from "vitest";
import { compilePattern, InvalidPatternError, matchesPattern } from "./event-pattern.js";

const detail = {
  "c-count": 5,
  "d-count": 3,
  "x-limit": 301.8,
  "source-ip": "10.0.0.33",
  "instance-id": "i-0b5e2c7f1a9d34e10",
  state: "running",
};

const ec2Event = {
  version: "0",
  id: "5a9c1f3e-7d2b-4c8a-9e61-0f4b8d2a7c13",
  "detail-type": "EC2 Instance State-change Notification",
  source: "aws.ec2",
  account: "111122223333",
  time: "2017-10-02T16:24:49Z",
  region: "us-east-1",
  resources: ["arn:aws:ec2:us-east-1:111122223333:instance/i-0b5e2c7f1a9d34e10"],
  detail,
};

/** The sample event with some detail fields replaced (undefined removes one). */
function withDetail(changes: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...detail, ...changes };
  for (const key of Object.keys(changes)) if (changes[key] === undefined) delete merged[key];
  return { ...ec2Event, detail: merged };
}

const staff = {
  employees: [
    [
      { firstName: "Marta", lastName: "Ruiz", ids: [4411, 1000] },
      { firstName: "Anna", lastName: "Smith" },
    ],
    [{ firstName: "Peter", lastName: "Jones", ids: [] }],
  ],
};

interface Case {
  name: string;
  pattern: unknown;
  event: unknown;
  matches: boolean;
}

const cases: Case[] = [
  // Exact values, and a value list as an OR.
  { name: "fields and nested fields all match", pattern: { source: ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], detail: { state: ["running"] } }, event: ec2Event, matches: true },
  { name: "one value of the list matches", pattern: { detail: { state: ["initializing", "running"] } }, event: ec2Event, matches: true },
  { name: "no value of the list matches", pattern: { detail: { state: ["initializing", "stopped"] } }, event: ec2Event, matches: false },
  { name: "every field must match (AND)", pattern: { source: ["aws.ec2"], detail: { state: ["stopped"] } }, event: ec2Event, matches: false },
  { name: "a field the event lacks fails", pattern: { detail: { owner: ["ops"] } }, event: ec2Event, matches: false },
  { name: "string matching is case sensitive", pattern: { source: ["AWS.EC2"] }, event: ec2Event, matches: false },
  { name: "a string never equals a number", pattern: { detail: { "c-count": ["5"] } }, event: ec2Event, matches: false },
  { name: "a number equals the same number", pattern: { detail: { "c-count": [5] } }, event: ec2Event, matches: true },
  { name: "numbers compare by value, whatever the notation", pattern: { detail: { "x-limit": [3.018e2] } }, event: ec2Event, matches: true },
  { name: "true matches true", pattern: { detail: { spot: [true] } }, event: withDetail({ spot: true }), matches: true },
  { name: "true does not match the string true", pattern: { detail: { spot: [true] } }, event: withDetail({ spot: "true" }), matches: false },
  { name: "false does not match a missing field", pattern: { detail: { spot: [false] } }, event: ec2Event, matches: false },

  // Null and empty strings are different values.
  { name: "null matches null", pattern: { detail: { responseElements: [null] } }, event: withDetail({ responseElements: null }), matches: true },
  { name: "null does not match an empty string", pattern: { detail: { responseElements: [null] } }, event: withDetail({ responseElements: "" }), matches: false },
  { name: "null does not match a missing field", pattern: { detail: { responseElements: [null] } }, event: ec2Event, matches: false },
  { name: "empty string matches an empty string", pattern: { detail: { eventVersion: [""] } }, event: withDetail({ eventVersion: "" }), matches: true },
  { name: "empty string does not match null", pattern: { detail: { eventVersion: [""] } }, event: withDetail({ eventVersion: null }), matches: false },

  // Arrays in the event: any element may match.
  {
    name: "pattern list and event array intersect",
    pattern: { resources: ["arn:aws:ec2:us-east-1:444455556666:instance/i-1", "arn:aws:ec2:us-east-1:111122223333:instance/i-0b5e2c7f1a9d34e10"] },
    event: ec2Event,
    matches: true,
  },
  { name: "pattern list and event array are disjoint", pattern: { resources: ["arn:aws:ec2:us-east-1:444455556666:instance/i-1"] }, event: ec2Event, matches: false },
  { name: "an element of an event array matches", pattern: { detail: { state: ["running"] } }, event: withDetail({ state: ["pending", "running"] }), matches: true },
  { name: "an empty event array holds no value", pattern: { resources: [""] }, event: { ...ec2Event, resources: [] }, matches: false },

  // Nested objects.
  { name: "nested object fields match", pattern: { detail: { location: { city: ["Paris"] } } }, event: withDetail({ location: { city: "Paris", zip: "75001" } }), matches: true },
  { name: "nested object field differs", pattern: { detail: { location: { city: ["Paris"] } } }, event: withDetail({ location: { city: "Lyon" } }), matches: false },
  { name: "a scalar where the pattern nests fails", pattern: { detail: { location: { city: ["Paris"] } } }, event: withDetail({ location: "Paris" }), matches: false },
  { name: "a value list does not match an object", pattern: { detail: { location: ["Paris"] } }, event: withDetail({ location: { city: "Paris" } }), matches: false },
  { name: "a field inside an array of objects matches", pattern: { employees: { firstName: ["Anna"] } }, event: staff, matches: true },
  { name: "fields matched together come from one element", pattern: { employees: { firstName: ["Anna"], lastName: ["Jones"] } }, event: staff, matches: false },
  { name: "fields of one element match together", pattern: { employees: { firstName: ["Anna"], lastName: ["Smith"] } }, event: staff, matches: true },
  { name: "a number inside an element's array matches", pattern: { employees: { firstName: ["Marta"], ids: [1000] } }, event: staff, matches: true },
  { name: "another element's number does not count", pattern: { employees: { firstName: ["Anna"], ids: [1000] } }, event: staff, matches: false },
  { name: "operator names are plain field names outside $or", pattern: { prefix: ["p"] }, event: { prefix: "p" }, matches: true },

  // prefix, suffix, equals-ignore-case.
  { name: "prefix matches the start", pattern: { time: [{ prefix: "2017-10-02" }] }, event: ec2Event, matches: true },
  { name: "prefix does not match elsewhere", pattern: { time: [{ prefix: "2017-10-03" }] }, event: ec2Event, matches: false },
  { name: "prefix applies to strings only", pattern: { detail: { "c-count": [{ prefix: "5" }] } }, event: ec2Event, matches: false },
  { name: "prefix ignoring case matches", pattern: { detail: { service: [{ prefix: { "equals-ignore-case": "EventB" } }] } }, event: withDetail({ service: "eventbridge" }), matches: true },
  { name: "prefix ignoring case still needs the prefix", pattern: { detail: { service: [{ prefix: { "equals-ignore-case": "EventB" } }] } }, event: withDetail({ service: "Events" }), matches: false },
  { name: "suffix matches the end", pattern: { detail: { FileName: [{ suffix: ".png" }] } }, event: withDetail({ FileName: "photo.png" }), matches: true },
  { name: "suffix is case sensitive", pattern: { detail: { FileName: [{ suffix: ".png" }] } }, event: withDetail({ FileName: "photo.PNG" }), matches: false },
  { name: "suffix ignoring case matches", pattern: { detail: { FileName: [{ suffix: { "equals-ignore-case": ".png" } }] } }, event: withDetail({ FileName: "photo.PNG" }), matches: true },
  { name: "suffix ignoring case still needs the suffix", pattern: { detail: { FileName: [{ suffix: { "equals-ignore-case": ".png" } }] } }, event: withDetail({ FileName: "photo.pngx" }), matches: false },
  { name: "equals-ignore-case matches any casing", pattern: { detail: { Name: [{ "equals-ignore-case": "alice" }] } }, event: withDetail({ Name: "ALICE" }), matches: true },
  { name: "equals-ignore-case needs the whole string", pattern: { detail: { Name: [{ "equals-ignore-case": "alice" }] } }, event: withDetail({ Name: "Alicia" }), matches: false },

  // anything-but.
  { name: "anything-but a string passes another string", pattern: { detail: { state: [{ "anything-but": "initializing" }] } }, event: ec2Event, matches: true },
  { name: "anything-but a string rejects that string", pattern: { detail: { state: [{ "anything-but": "initializing" }] } }, event: withDetail({ state: "initializing" }), matches: false },
  { name: "anything-but a number passes another number", pattern: { detail: { "x-limit": [{ "anything-but": 123 }] } }, event: ec2Event, matches: true },
  { name: "anything-but a number rejects that number", pattern: { detail: { "x-limit": [{ "anything-but": 123 }] } }, event: withDetail({ "x-limit": 123 }), matches: false },
  { name: "anything-but a number passes the same digits as a string", pattern: { detail: { "x-limit": [{ "anything-but": 123 }] } }, event: withDetail({ "x-limit": "123" }), matches: true },
  { name: "anything-but a string passes a number", pattern: { detail: { state: [{ "anything-but": "initializing" }] } }, event: withDetail({ state: 7 }), matches: true },
  { name: "anything-but strings passes others", pattern: { detail: { state: [{ "anything-but": ["stopped", "overloaded"] }] } }, event: ec2Event, matches: true },
  { name: "anything-but strings rejects a listed one", pattern: { detail: { state: [{ "anything-but": ["stopped", "overloaded"] }] } }, event: withDetail({ state: "overloaded" }), matches: false },
  { name: "anything-but numbers passes others", pattern: { detail: { "x-limit": [{ "anything-but": [100, 200, 300] }] } }, event: ec2Event, matches: true },
  { name: "anything-but numbers rejects a listed one", pattern: { detail: { "x-limit": [{ "anything-but": [100, 200, 300] }] } }, event: withDetail({ "x-limit": 200 }), matches: false },
  { name: "anything-but needs the field to exist", pattern: { detail: { tier: [{ "anything-but": "gold" }] } }, event: ec2Event, matches: false },
  { name: "anything-but passes if any array element differs", pattern: { detail: { state: [{ "anything-but": "initializing" }] } }, event: withDetail({ state: ["initializing", "running"] }), matches: true },
  { name: "anything-but fails if every array element is excluded", pattern: { detail: { state: [{ "anything-but": "initializing" }] } }, event: withDetail({ state: ["initializing"] }), matches: false },
  { name: "anything-but prefix passes other prefixes", pattern: { detail: { state: [{ "anything-but": { prefix: "init" } }] } }, event: ec2Event, matches: true },
  { name: "anything-but prefix rejects the prefix", pattern: { detail: { state: [{ "anything-but": { prefix: "init" } }] } }, event: withDetail({ state: "initializing" }), matches: false },
  { name: "anything-but prefix passes a number", pattern: { detail: { state: [{ "anything-but": { prefix: "init" } }] } }, event: withDetail({ state: 7 }), matches: true },
  { name: "anything-but prefix list rejects any listed prefix", pattern: { detail: { state: [{ "anything-but": { prefix: ["init", "error"] } }] } }, event: withDetail({ state: "error-disk" }), matches: false },
  { name: "anything-but prefix list passes others", pattern: { detail: { state: [{ "anything-but": { prefix: ["init", "error"] } }] } }, event: ec2Event, matches: true },
  { name: "anything-but suffix passes other endings", pattern: { detail: { "instance-id": [{ "anything-but": { suffix: "1234" } }] } }, event: ec2Event, matches: true },
  { name: "anything-but suffix list rejects a listed ending", pattern: { detail: { "instance-id": [{ "anything-but": { suffix: ["1234", "6789"] } }] } }, event: withDetail({ "instance-id": "i-6789" }), matches: false },
  { name: "anything-but ignoring case rejects any casing", pattern: { detail: { state: [{ "anything-but": { "equals-ignore-case": "Stopped" } }] } }, event: withDetail({ state: "STOPPED" }), matches: false },
  { name: "anything-but ignoring case passes others", pattern: { detail: { state: [{ "anything-but": { "equals-ignore-case": ["Stopped", "OverLoaded"] } }] } }, event: ec2Event, matches: true },
  { name: "anything-but ignoring case list rejects a listed one", pattern: { detail: { state: [{ "anything-but": { "equals-ignore-case": ["Stopped", "OverLoaded"] } }] } }, event: withDetail({ state: "overloaded" }), matches: false },
  { name: "anything-but wildcard rejects a matching path", pattern: { detail: { FilePath: [{ "anything-but": { wildcard: "*/lib/*" } }] } }, event: withDetail({ FilePath: "/usr/lib/libc.so" }), matches: false },
  { name: "anything-but wildcard passes other paths", pattern: { detail: { FilePath: [{ "anything-but": { wildcard: "*/lib/*" } }] } }, event: withDetail({ FilePath: "/usr/bin/env" }), matches: true },
  { name: "anything-but wildcard list rejects any listed glob", pattern: { detail: { FilePath: [{ "anything-but": { wildcard: ["*/bin/*.jar", "*/bin/*.class"] } }] } }, event: withDetail({ FilePath: "app/bin/Main.class" }), matches: false },
  { name: "anything-but or a missing field", pattern: { detail: { tier: [{ "anything-but": ["gold", "silver"] }, { exists: false }] } }, event: ec2Event, matches: true },
  { name: "anything-but or a missing field, field excluded", pattern: { detail: { tier: [{ "anything-but": ["gold", "silver"] }, { exists: false }] } }, event: withDetail({ tier: "gold" }), matches: false },

  // numeric.
  { name: "numeric range holds", pattern: { detail: { "c-count": [{ numeric: [">", 0, "<=", 5] }] } }, event: ec2Event, matches: true },
  { name: "numeric range excludes its open bottom", pattern: { detail: { "c-count": [{ numeric: [">", 0, "<=", 5] }] } }, event: withDetail({ "c-count": 0 }), matches: false },
  { name: "numeric range excludes above its top", pattern: { detail: { "c-count": [{ numeric: [">", 0, "<=", 5] }] } }, event: withDetail({ "c-count": 5.5 }), matches: false },
  { name: "numeric closed bottom includes it", pattern: { detail: { "c-count": [{ numeric: [">=", 5, "<", 6] }] } }, event: ec2Event, matches: true },
  { name: "numeric open top excludes it", pattern: { detail: { "c-count": [{ numeric: [">=", 4, "<", 5] }] } }, event: ec2Event, matches: false },
  { name: "numeric less-than holds", pattern: { detail: { "d-count": [{ numeric: ["<", 10] }] } }, event: ec2Event, matches: true },
  { name: "numeric less-than fails at the bound", pattern: { detail: { "d-count": [{ numeric: ["<", 3] }] } }, event: ec2Event, matches: false },
  { name: "numeric at-most holds at the bound", pattern: { detail: { "d-count": [{ numeric: ["<=", 3] }] } }, event: ec2Event, matches: true },
  { name: "numeric at-least fails below", pattern: { detail: { "d-count": [{ numeric: [">=", 4] }] } }, event: ec2Event, matches: false },
  { name: "numeric equals by value", pattern: { detail: { "x-limit": [{ numeric: ["=", 3.018e2] }] } }, event: ec2Event, matches: true },
  { name: "numeric equals rejects another value", pattern: { detail: { "x-limit": [{ numeric: ["=", 301.9] }] } }, event: ec2Event, matches: false },
  { name: "numeric ignores strings of digits", pattern: { detail: { "c-count": [{ numeric: [">", 0] }] } }, event: withDetail({ "c-count": "5" }), matches: false },
  { name: "numeric matches an element of an array", pattern: { detail: { scores: [{ numeric: [">", 10] }] } }, event: withDetail({ scores: [1, 50] }), matches: true },
  {
    name: "the documentation's combined example matches",
    pattern: {
      time: [{ prefix: "2017-10-02" }],
      detail: {
        state: [{ "anything-but": "initializing" }],
        "c-count": [{ numeric: [">", 0, "<=", 5] }],
        "d-count": [{ numeric: ["<", 10] }],
        "x-limit": [{ "anything-but": [100, 200, 300] }],
        "source-ip": [{ cidr: "10.0.0.0/8" }],
      },
    },
    event: ec2Event,
    matches: true,
  },
  {
    name: "the combined example fails on one field",
    pattern: { time: [{ prefix: "2017-10-02" }], detail: { state: [{ "anything-but": "initializing" }], "d-count": [{ numeric: ["<", 10] }] } },
    event: withDetail({ "d-count": 12 }),
    matches: false,
  },

  // exists applies to leaf values.
  { name: "exists true with the field present", pattern: { detail: { state: [{ exists: true }] } }, event: ec2Event, matches: true },
  { name: "exists true with the field absent", pattern: { detail: { state: [{ exists: true }] } }, event: withDetail({ state: undefined }), matches: false },
  { name: "exists false with the field absent", pattern: { detail: { owner: [{ exists: false }] } }, event: ec2Event, matches: true },
  { name: "exists false with the field present", pattern: { detail: { "c-count": [{ exists: false }] } }, event: ec2Event, matches: false },
  { name: "exists false when the field is an object, not a leaf", pattern: { detail: { "c-count": [{ exists: false }] } }, event: withDetail({ "c-count": { c1: 100 } }), matches: true },
  { name: "exists true when the field is an object, not a leaf", pattern: { detail: { "c-count": [{ exists: true }] } }, event: withDetail({ "c-count": { c1: 100 } }), matches: false },
  { name: "exists true when the field is null", pattern: { detail: { responseElements: [{ exists: true }] } }, event: withDetail({ responseElements: null }), matches: true },
  { name: "exists false when the field is null", pattern: { detail: { responseElements: [{ exists: false }] } }, event: withDetail({ responseElements: null }), matches: false },
  { name: "exists true when the field is an empty array", pattern: { detail: { tags: [{ exists: true }] } }, event: withDetail({ tags: [] }), matches: false },
  { name: "exists false when the field is an empty array", pattern: { detail: { tags: [{ exists: false }] } }, event: withDetail({ tags: [] }), matches: true },
  { name: "exists false when the parent is missing", pattern: { detail: { "c-count": [{ exists: false }] } }, event: { source: "aws.ec2" }, matches: true },
  { name: "exists false within one array element", pattern: { employees: { firstName: ["Anna"], ids: [{ exists: false }] } }, event: staff, matches: true },
  { name: "exists true within one array element", pattern: { employees: { firstName: ["Anna"], ids: [{ exists: true }] } }, event: staff, matches: false },

  // wildcard.
  { name: "wildcard matches characters in the middle", pattern: { source: [{ wildcard: "Simple*Service" }] }, event: { source: "SimpleQueueService" }, matches: true },
  { name: "wildcard matches zero characters", pattern: { source: [{ wildcard: "Simple*Service" }] }, event: { source: "SimpleService" }, matches: true },
  { name: "wildcard literal parts are case sensitive", pattern: { source: [{ wildcard: "Simple*Service" }] }, event: { source: "simpleQueueService" }, matches: false },
  { name: "wildcard suffix-like glob matches", pattern: { detail: { key: [{ wildcard: "dir/*.png" }] } }, event: withDetail({ key: "dir/2024/a.png" }), matches: true },
  { name: "wildcard suffix-like glob rejects", pattern: { detail: { key: [{ wildcard: "dir/*.png" }] } }, event: withDetail({ key: "dir/a.jpg" }), matches: false },
  { name: "several wildcards match in order", pattern: { detail: { title: [{ wildcard: "*Title*Card*" }] } }, event: withDetail({ title: "MyTitleBigCard" }), matches: true },
  { name: "several wildcards need the parts in order", pattern: { detail: { title: [{ wildcard: "*Title*Card*" }] } }, event: withDetail({ title: "MyCardTitle" }), matches: false },
  { name: "overlapping parts are not reused", pattern: { detail: { word: [{ wildcard: "ab*ba" }] } }, event: withDetail({ word: "aba" }), matches: false },
  { name: "a middle part cannot overlap the last part", pattern: { detail: { word: [{ wildcard: "a*bc*c" }] } }, event: withDetail({ word: "abc" }), matches: false },
  { name: "an escaped star is a literal star", pattern: { detail: { expr: [{ wildcard: "a\\*b" }] } }, event: withDetail({ expr: "a*b" }), matches: true },
  { name: "an escaped star is no wildcard", pattern: { detail: { expr: [{ wildcard: "a\\*b" }] } }, event: withDetail({ expr: "axyb" }), matches: false },
  { name: "an escaped backslash is a literal backslash", pattern: { detail: { dir: [{ wildcard: "C:\\\\Users\\\\*" }] } }, event: withDetail({ dir: "C:\\Users\\ana" }), matches: true },
  { name: "an escaped star then a wildcard", pattern: { detail: { expr: [{ wildcard: "\\**" }] } }, event: withDetail({ expr: "*rest" }), matches: true },
  { name: "wildcard applies to strings only", pattern: { detail: { "c-count": [{ wildcard: "*" }] } }, event: ec2Event, matches: false },
  { name: "a lone wildcard matches the empty string", pattern: { detail: { eventVersion: [{ wildcard: "*" }] } }, event: withDetail({ eventVersion: "" }), matches: true },

  // cidr and IP literals.
  { name: "IPv4 address inside the block", pattern: { detail: { "source-ip": [{ cidr: "10.0.0.0/24" }] } }, event: ec2Event, matches: true },
  { name: "IPv4 address outside the block", pattern: { detail: { "source-ip": [{ cidr: "10.0.0.0/24" }] } }, event: withDetail({ "source-ip": "10.0.1.1" }), matches: false },
  { name: "a block's host bits are ignored", pattern: { detail: { "source-ip": [{ cidr: "10.0.0.77/24" }] } }, event: withDetail({ "source-ip": "10.0.0.1" }), matches: true },
  { name: "a /0 block takes every IPv4 address", pattern: { detail: { "source-ip": [{ cidr: "0.0.0.0/0" }] } }, event: withDetail({ "source-ip": "203.0.113.9" }), matches: true },
  { name: "cidr ignores strings that are not addresses", pattern: { detail: { "source-ip": [{ cidr: "10.0.0.0/8" }] } }, event: withDetail({ "source-ip": "10.0.0" }), matches: false },
  { name: "IPv6 address inside the block", pattern: { detail: { "source-ip": [{ cidr: "2001:db8::/32" }] } }, event: withDetail({ "source-ip": "2001:db8:1:2::10" }), matches: true },
  { name: "IPv6 address outside the block", pattern: { detail: { "source-ip": [{ cidr: "2001:db8::/32" }] } }, event: withDetail({ "source-ip": "2001:db9::1" }), matches: false },
  { name: "an IPv4 address is never in an IPv6 block", pattern: { detail: { "source-ip": [{ cidr: "::/0" }] } }, event: ec2Event, matches: false },
  { name: "IPv6 literals compare as addresses", pattern: { detail: { "source-ip": ["2001:db8::1"] } }, event: withDetail({ "source-ip": "2001:0DB8:0:0:0:0:0:1" }), matches: true },
  { name: "IPv6 literals of different addresses", pattern: { detail: { "source-ip": ["2001:db8::1"] } }, event: withDetail({ "source-ip": "2001:db8::2" }), matches: false },

  // $or at any level.
  {
    name: "$or at the top: one alternative holds",
    pattern: { source: ["aws.cloudwatch"], $or: [{ metricName: ["CPUUtilization", "ReadLatency"] }, { namespace: ["AWS/EC2", "AWS/ES"] }] },
    event: { source: "aws.cloudwatch", namespace: "AWS/ES" },
    matches: true,
  },
  {
    name: "$or at the top: no alternative holds",
    pattern: { source: ["aws.cloudwatch"], $or: [{ metricName: ["CPUUtilization", "ReadLatency"] }, { namespace: ["AWS/EC2", "AWS/ES"] }] },
    event: { source: "aws.cloudwatch", namespace: "AWS/RDS" },
    matches: false,
  },
  {
    name: "$or is ANDed with its sibling fields",
    pattern: { source: ["aws.cloudwatch"], $or: [{ metricName: ["CPUUtilization"] }, { namespace: ["AWS/EC2"] }] },
    event: { source: "aws.ec2", namespace: "AWS/EC2" },
    matches: false,
  },
  {
    name: "$or nested in an object",
    pattern: { detail: { $or: [{ "c-count": [{ numeric: [">", 10] }] }, { "d-count": [{ numeric: ["<", 5] }] }] } },
    event: ec2Event,
    matches: true,
  },
  {
    name: "$or nested in an object, no alternative holds",
    pattern: { detail: { $or: [{ "c-count": [{ numeric: [">", 10] }] }, { "d-count": [{ numeric: ["<", 2] }] }] } },
    event: ec2Event,
    matches: false,
  },
  {
    name: "parallel $or groups must each hold",
    pattern: { $or: [{ source: ["aws.ec2"] }, { region: ["eu-west-1"] }], detail: { $or: [{ state: ["stopped"] }, { "c-count": [9] }] } },
    event: ec2Event,
    matches: false,
  },
  {
    name: "an alternative may hold several fields (AND inside OR)",
    pattern: { source: ["aws.cloudwatch"], $or: [{ metricName: ["CPUUtilization"] }, { metricType: ["MetricType"], namespace: ["AWS/EC2"] }] },
    event: { source: "aws.cloudwatch", metricType: "MetricType", namespace: "AWS/EC2" },
    matches: true,
  },
  {
    name: "every field of the alternative must hold",
    pattern: { source: ["aws.cloudwatch"], $or: [{ metricName: ["CPUUtilization"] }, { metricType: ["MetricType"], namespace: ["AWS/EC2"] }] },
    event: { source: "aws.cloudwatch", metricType: "MetricType", namespace: "AWS/ES" },
    matches: false,
  },
  {
    name: "$or nested inside an alternative",
    pattern: {
      source: ["aws.cloudwatch"],
      $or: [{ metricName: ["CPUUtilization"] }, { namespace: ["AWS/EC2"], $or: [{ metricId: [1234] }, { spaceId: [1000] }] }, { scope: ["Service"] }],
    },
    event: { source: "aws.cloudwatch", namespace: "AWS/EC2", spaceId: 1000 },
    matches: true,
  },
  {
    name: "$or nested inside an alternative, inner OR fails",
    pattern: {
      source: ["aws.cloudwatch"],
      $or: [{ metricName: ["CPUUtilization"] }, { namespace: ["AWS/EC2"], $or: [{ metricId: [1234] }, { spaceId: [1000] }] }, { scope: ["Service"] }],
    },
    event: { source: "aws.cloudwatch", namespace: "AWS/EC2", spaceId: 7 },
    matches: false,
  },
  {
    name: "an $or alternative and its siblings share one array element",
    pattern: { employees: { firstName: ["Anna"] }, $or: [{ employees: { lastName: ["Jones"] } }, { department: ["sales"] }] },
    event: staff,
    matches: false,
  },
  {
    name: "an $or alternative and its siblings matched in the same element",
    pattern: { employees: { firstName: ["Anna"] }, $or: [{ employees: { lastName: ["Smith"] } }, { department: ["sales"] }] },
    event: staff,
    matches: true,
  },
];

describe("event pattern matching", () => {
  it.each(cases)("$name", ({ pattern, event, matches }) => {
    expect(matchesPattern(pattern, event)).toBe(matches);
  });

  it("compiles once and matches many events", () => {
    const isRunning = compilePattern({ detail: { state: ["running"] } });
    expect([ec2Event, withDetail({ state: "stopped" }), ec2Event].map(isRunning)).toEqual([true, false, true]);
  });
});

const invalid: { name: string; pattern: unknown; fault: string }[] = [
  { name: "a string pattern", pattern: '{"source":["aws.ec2"]}', fault: "the event pattern must be a JSON object, got the string" },
  { name: "an array pattern", pattern: [{ source: ["aws.ec2"] }], fault: "the event pattern must be a JSON object, got an array of 1" },
  { name: "a null pattern", pattern: null, fault: "the event pattern must be a JSON object, got null" },
  { name: "an empty pattern", pattern: {}, fault: "the event pattern is empty" },
  { name: "a value that is not a list", pattern: { source: "aws.ec2" }, fault: 'source: must be an array of values or a nested object, got the string "aws.ec2"' },
  { name: "an operator given a bare value", pattern: { detail: { prefix: "us-" } }, fault: 'operators go inside a value list: [{"prefix": ...}]' },
  { name: "an empty value list", pattern: { detail: { state: [] } }, fault: "detail.state: empty value list" },
  { name: "an empty nested object", pattern: { detail: {} }, fault: "detail: empty object" },
  { name: "a list inside a value list", pattern: { source: [["aws.ec2"]] }, fault: "source: values must be strings, numbers, booleans, null or operator objects, got an array of 1" },
  { name: "a non-JSON value", pattern: { count: [Number.NaN] }, fault: "count: values must be strings" },
  { name: "an unknown operator", pattern: { source: [{ contains: "ec2" }] }, fault: 'source: unknown operator "contains"' },
  { name: "two operators in one object", pattern: { source: [{ prefix: "aws.", suffix: "ec2" }] }, fault: 'source: an operator object takes one operator, got "prefix", "suffix"' },
  { name: "an empty operator object", pattern: { source: [{}] }, fault: "source: operator object {} names no operator" },
  { name: "prefix with a number", pattern: { time: [{ prefix: 2017 }] }, fault: 'time: prefix needs a string or {"equals-ignore-case": "..."}, got number 2017' },
  { name: "prefix with another operator", pattern: { time: [{ prefix: { wildcard: "2017*" } }] }, fault: "time: prefix needs a string or" },
  { name: "suffix with a list", pattern: { file: [{ suffix: [".png"] }] }, fault: "file: suffix needs a string or" },
  { name: "equals-ignore-case with a number", pattern: { name: [{ "equals-ignore-case": 1 }] }, fault: "name: equals-ignore-case needs a string, got number 1" },
  { name: "anything-but null", pattern: { state: [{ "anything-but": null }] }, fault: "state: anything-but needs a string, a number, a list of either" },
  { name: "anything-but a boolean", pattern: { state: [{ "anything-but": true }] }, fault: "state: anything-but needs a string" },
  { name: "anything-but an empty list", pattern: { state: [{ "anything-but": [] }] }, fault: "state: anything-but list is empty" },
  { name: "anything-but a mixed list", pattern: { state: [{ "anything-but": ["a", 1] }] }, fault: "state: anything-but list must hold only strings or only numbers" },
  { name: "anything-but a list with null", pattern: { state: [{ "anything-but": ["a", null] }] }, fault: "state: anything-but list must hold only strings or only numbers" },
  { name: "anything-but numeric", pattern: { n: [{ "anything-but": { numeric: [">", 1] } }] }, fault: 'n: anything-but does not support "numeric"' },
  { name: "anything-but an empty prefix", pattern: { s: [{ "anything-but": { prefix: "" } }] }, fault: "s: anything-but prefix must not be empty" },
  { name: "anything-but an empty suffix in a list", pattern: { s: [{ "anything-but": { suffix: [".png", ""] } }] }, fault: "s: anything-but suffix must not be empty" },
  { name: "anything-but prefix a number", pattern: { s: [{ "anything-but": { prefix: 5 } }] }, fault: "s: anything-but prefix needs a string or a non-empty list of strings, got number 5" },
  { name: "anything-but ignoring case numbers", pattern: { s: [{ "anything-but": { "equals-ignore-case": [1] } }] }, fault: "s: anything-but equals-ignore-case needs a string or a non-empty list of strings" },
  { name: "anything-but two forms", pattern: { s: [{ "anything-but": { prefix: "a", suffix: "b" } }] }, fault: "s: anything-but needs a string, a number" },
  { name: "anything-but wildcard with **", pattern: { s: [{ "anything-but": { wildcard: "a**" } }] }, fault: 's: anything-but wildcard "a**" has consecutive "*" at position 1' },
  { name: "numeric not a list", pattern: { detail: { amount: [{ numeric: 5 }] } }, fault: "detail.amount: numeric needs an array such as" },
  { name: "numeric without a number", pattern: { detail: { amount: [{ numeric: [">"] }] } }, fault: 'detail.amount: numeric needs a number after ">"' },
  { name: "numeric with a string number", pattern: { detail: { amount: [{ numeric: [">", "5"] }] } }, fault: 'detail.amount: numeric needs a number after ">"' },
  { name: "numeric with an unknown operator", pattern: { detail: { amount: [{ numeric: ["==", 5] }] } }, fault: 'detail.amount: numeric must start with one of "=", "<", "<=", ">", ">=", got the string "=="' },
  { name: "numeric empty", pattern: { amount: [{ numeric: [] }] }, fault: "amount: numeric must start with one of" },
  { name: "numeric equals with more", pattern: { amount: [{ numeric: ["=", 3, "<", 5] }] }, fault: 'amount: numeric "=" takes exactly one number' },
  { name: "numeric upper bound first", pattern: { amount: [{ numeric: ["<", 5, ">", 0] }] }, fault: 'amount: numeric "<" must come last' },
  { name: "numeric two lower bounds", pattern: { amount: [{ numeric: [">", 0, ">=", 5] }] }, fault: 'amount: numeric lower bound ">" can be followed only by "<" or "<=", got the string ">="' },
  { name: "numeric upper bound without a number", pattern: { amount: [{ numeric: [">", 0, "<="] }] }, fault: 'amount: numeric needs a number after "<="' },
  { name: "numeric range out of order", pattern: { amount: [{ numeric: [">", 10, "<", 5] }] }, fault: "amount: numeric range is empty: lower bound 10 must be below upper bound 5" },
  { name: "numeric range of one point", pattern: { amount: [{ numeric: [">=", 5, "<=", 5] }] }, fault: "amount: numeric range is empty" },
  { name: "numeric too long", pattern: { amount: [{ numeric: [">", 0, "<", 5, 6] }] }, fault: "amount: numeric takes at most a lower and an upper bound" },
  { name: "exists with a string", pattern: { a: [{ exists: "true" }] }, fault: 'a: exists needs true or false, got the string "true"' },
  { name: "cidr with a number", pattern: { ip: [{ cidr: 10 }] }, fault: 'ip: cidr needs a string such as "10.0.0.0/24", got number 10' },
  { name: "cidr without a mask", pattern: { ip: [{ cidr: "10.0.0.0" }] }, fault: 'ip: cidr "10.0.0.0" needs exactly one "/"' },
  { name: "cidr with a bad address", pattern: { ip: [{ cidr: "10.0.0.256/24" }] }, fault: 'ip: cidr "10.0.0.256/24" has "10.0.0.256", which is not an IPv4 or IPv6 address' },
  { name: "cidr with a bad IPv6 address", pattern: { ip: [{ cidr: "2001:db8:::1/64" }] }, fault: "which is not an IPv4 or IPv6 address" },
  { name: "cidr with an IPv6 :: that stands for nothing", pattern: { ip: [{ cidr: "1:2:3:4::5:6:7:8/64" }] }, fault: "which is not an IPv4 or IPv6 address" },
  { name: "cidr with a non-numeric mask", pattern: { ip: [{ cidr: "10.0.0.0/x" }] }, fault: 'ip: cidr "10.0.0.0/x" needs a whole number of mask bits' },
  { name: "cidr with a negative mask", pattern: { ip: [{ cidr: "10.0.0.0/-8" }] }, fault: "needs a whole number of mask bits" },
  { name: "cidr with too many IPv4 mask bits", pattern: { ip: [{ cidr: "10.0.0.0/33" }] }, fault: "has 33 mask bits; IPv4 allows 0 to 31" },
  { name: "cidr /32, which EventBridge refuses", pattern: { ip: [{ cidr: "10.0.0.1/32" }] }, fault: "has 32 mask bits; IPv4 allows 0 to 31" },
  { name: "cidr with too many IPv6 mask bits", pattern: { ip: [{ cidr: "2001:db8::/128" }] }, fault: "has 128 mask bits; IPv6 allows 0 to 127" },
  { name: "wildcard with **", pattern: { s: [{ wildcard: "a**b" }] }, fault: 's: wildcard "a**b" has consecutive "*" at position 1' },
  { name: "wildcard with ** after an escaped backslash", pattern: { s: [{ wildcard: "a\\\\**" }] }, fault: 'has consecutive "*" at position 3' },
  { name: "wildcard escaping a letter", pattern: { s: [{ wildcard: "a\\b" }] }, fault: 's: wildcard "a\\b" has a "\\" at position 1 that escapes neither "*" nor "\\"' },
  { name: "wildcard ending in a backslash", pattern: { s: [{ wildcard: "ab\\" }] }, fault: 'has a "\\" at position 2 that escapes neither' },
  { name: "wildcard with a number", pattern: { s: [{ wildcard: 5 }] }, fault: "s: wildcard needs a string, got number 5" },
  { name: "$or with an object", pattern: { $or: { a: ["x"] } }, fault: "$or: needs an array of at least two pattern objects, got an object" },
  { name: "$or with one alternative", pattern: { $or: [{ a: ["x"] }] }, fault: "$or: needs an array of at least two pattern objects, got an array of 1" },
  { name: "$or with a non-object alternative", pattern: { $or: [{ a: ["x"] }, ["y"]] }, fault: "$or[1]: must be a pattern object, got an array of 1" },
  { name: "$or with an empty alternative", pattern: { $or: [{ a: ["x"] }, {}] }, fault: "$or[1]: empty object" },
  { name: "a fault deep inside a nested $or", pattern: { detail: { $or: [{ a: ["x"] }, { b: [{ numeric: [">"] }] }] } }, fault: 'detail.$or[1].b: numeric needs a number after ">"' },
  { name: "an operator name as a field inside $or", pattern: { $or: [{ numeric: [1] }, { prefix: ["a"] }] }, fault: '$or[0].numeric: "numeric" is an operator and cannot be a field name inside $or' },
];

describe("invalid event patterns", () => {
  it.each(invalid)("rejects $name", ({ pattern, fault }) => {
    expect(() => compilePattern(pattern)).toThrow(fault);
  });

  it("throws a typed error with a code", () => {
    const error = captureError(() => compilePattern({ source: [] }));
    expect(error).toBeInstanceOf(InvalidPatternError);
    expect(error).toMatchObject({ code: "invalid_pattern", message: "source: empty value list; give at least one value" });
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}
