// Hosts one stand-in (kinesalite or dynalite) on its own thread, so its work does not compete
// with the functions on the main event loop. Plain CommonJS: a worker runs whatever node runs.
// dynalite keeps its tables' definitions in memory (see rememberTableDefinitions).
// For kinesalite, it tells the main thread what every successful append added. It counts the
// calls it is sent, by operation (and for dynalite by table too), for the benchmark's "calls per event".
"use strict";
const { parentPort, workerData } = require("node:worker_threads");

const { kind, path, host, acceptedKeyIds } = workerData;
if (kind === "dynamo") rememberTableDefinitions();
const server =
  kind === "kinesis"
    ? require("kinesalite")({ path, createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0, shardLimit: 100 })
    : require("dynalite")({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });

// Only requests signed with the run's own credentials reach the stand-in (run-credentials.ts has
// the same parse): anyone else gets the answer AWS gives an unknown access key.
const served = server.listeners("request");
server.removeAllListeners("request");
server.on("request", (req, res) => {
  const match = /^AWS4-HMAC-SHA256\s+Credential=([^/,\s]+)\//.exec(String(req.headers.authorization || ""));
  if (match && acceptedKeyIds.includes(match[1])) {
    for (const listener of served) listener.call(server, req, res);
    return;
  }
  req.resume();
  res.writeHead(403, { "content-type": "application/x-amz-json-1.1", "x-amzn-errortype": "UnrecognizedClientException" });
  res.end(JSON.stringify({ __type: "UnrecognizedClientException", message: "The security token included in the request is invalid." }));
});

const calls = {};
const byTable = {};
server.on("request", (req) => {
  const operation = String(req.headers["x-amz-target"] || "").split(".").pop() || "other";
  calls[operation] = (calls[operation] || 0) + 1;
  if (kind === "dynamo") countByTable(req, operation);
});

// DynamoDB calls by table as well (`Operation table`), from the table name at the start of the
// request: a regular expression over the first bytes, not a second JSON decode of every body.
const TABLE_NAME = /"(?:TableName"\s*:\s*|RequestItems"\s*:\s*\{\s*)"([^"]{1,255})"/;
function countByTable(req, operation) {
  let head = "";
  const count = (table) => {
    req.off("data", read);
    req.off("end", unnamed);
    const key = `${operation} ${table}`;
    byTable[key] = (byTable[key] || 0) + 1;
  };
  // a body that ends without naming a table (ListTables) is counted too
  const unnamed = () => count("?");
  const read = (chunk) => {
    head += chunk.toString("utf8", 0, Math.min(chunk.length, 512 - head.length));
    const match = TABLE_NAME.exec(head);
    if (match) count(match[1]);
    else if (head.length >= 512) unnamed();
  };
  req.on("data", read);
  req.once("end", unnamed);
}

if (kind === "kinesis") {
  // Every successful append is announced with its records' shards, partition keys and (JSON)
  // data, read from the request and the answer, so the main thread can wake just the consumers
  // that will want them.
  server.on("request", (req, res) => {
    const target = String(req.headers["x-amz-target"] || "");
    if (!target.endsWith(".PutRecords") && !target.endsWith(".PutRecord")) return;
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    const end = res.end.bind(res);
    res.end = (...args) => {
      const body = args[0];
      if (res.statusCode === 200 && (typeof body === "string" || Buffer.isBuffer(body))) {
        try {
          const records = appended(JSON.parse(Buffer.concat(chunks).toString()), JSON.parse(body.toString()));
          // announced now, in the order appends are answered, which is their sequence order
          parentPort.postMessage({ type: "appended", records });
        } catch {
          // not a request and answer we can read: nothing to announce
        }
      }
      return end(...args);
    };
  });
}

/**
 * dynalite reads (and JSON-decodes) a table's definition from LevelDB on every call, and once more
 * per item of a BatchWriteItem: at saturation that was most of its reads. Active definitions are
 * kept in memory here; any write of a definition (create, update, delete) forgets them, and a
 * read that raced with such a write is not kept.
 */
function rememberTableDefinitions() {
  const db = require("dynalite/db");
  const create = db.create;
  db.create = (options) => {
    const store = create(options);
    const active = new Map();
    let generation = 0;
    const { tableDb, getTable } = store;
    for (const op of ["put", "del"]) {
      const original = tableDb[op].bind(tableDb);
      tableDb[op] = (key, ...rest) => {
        generation++;
        active.clear();
        return original(key, ...rest);
      };
    }
    store.getTable = (name, checkStatus, cb) => {
      const done = typeof checkStatus === "function" ? checkStatus : cb;
      const known = active.get(name);
      // callers may change what they are given: each gets a copy
      if (known) return process.nextTick(done, null, structuredClone(known));
      const readAt = generation;
      const remember = (err, table) => {
        if (!err && table && table.TableStatus === "ACTIVE" && readAt === generation) active.set(name, structuredClone(table));
        done(err, table);
      };
      return typeof checkStatus === "function" ? getTable(name, remember) : getTable(name, checkStatus, remember);
    };
    return store;
  };
}

function appended(request, answer) {
  const sent = request.Records || [request];
  const results = answer.Records || [answer];
  const arrivedAt = Date.now();
  const records = [];
  sent.forEach((record, i) => {
    const result = results[i];
    if (!result || !result.ShardId) return;
    let data;
    try {
      data = JSON.parse(Buffer.from(record.Data, "base64").toString("utf8"));
    } catch {
      data = undefined;
    }
    records.push({
      shardId: result.ShardId,
      sequenceNumber: result.SequenceNumber,
      partitionKey: record.PartitionKey,
      dataBase64: record.Data,
      arrivedAt,
      data,
    });
  });
  return records;
}

server.listen(0, host, () => parentPort.postMessage({ type: "ready", port: server.address().port }));

parentPort.on("message", (message) => {
  if (message.type === "calls") return parentPort.postMessage({ type: "calls", calls: { ...calls }, byTable: { ...byTable } });
  if (message.type !== "close") return;
  server.close(() => parentPort.postMessage({ type: "closed" }));
  if (server.closeAllConnections) server.closeAllConnections();
});
