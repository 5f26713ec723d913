// The SST v2 app: `npx sst deploy --stage prod` deploys kringle as the wiring defines it (docs/deploy.md).
import type { SSTConfig } from "sst";
import { deployConfig } from "./stacks/deploy-config.js";
import { Kringle } from "./stacks/Kringle.js";

export default {
  config() {
    return { name: "kringle", region: deployConfig().region };
  },
  stacks(app) {
    // only prod keeps its tables, stream and logs when the stage is removed
    if (app.stage !== "prod") app.setDefaultRemovalPolicy("destroy");
    app.stack(Kringle);
  },
} satisfies SSTConfig;
