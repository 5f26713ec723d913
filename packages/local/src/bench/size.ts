// `npm run size`: prints what each page of the built web app loads first (see route-sizes.ts).
import { join } from "node:path";
import { repoRoot } from "../lambda/functions.js";
import { formatRouteSizes, routeSizes } from "./route-sizes.js";

console.log(formatRouteSizes(routeSizes(join(repoRoot, "packages/web/dist"))));
