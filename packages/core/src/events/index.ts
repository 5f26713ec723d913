// The event log's vocabulary: schemas, codec, ids, upcasting and reply-chunk coalescing.
export * from "./schemas.js";
export * from "./codec.js";
export * from "./ids.js";
export * from "./upcast.js";
export * from "./make-event.js";
export * from "./chunk-coalescer.js";
