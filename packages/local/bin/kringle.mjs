#!/usr/bin/env node
// `npx kringle …`: runs the TypeScript command through tsx, from wherever the user is.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
