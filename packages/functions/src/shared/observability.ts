// Powertools Logger and Metrics for every function: JSON logs with the correlation id, EMF metrics.
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";

export const logger = new Logger({ serviceName: "kringle" });
export const metrics = new Metrics({ namespace: "kringle", serviceName: "kringle" });
export { MetricUnit };
