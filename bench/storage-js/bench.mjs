// The official Azure Storage JS SDK doing the same operations as bench/BackupOrchestrator.Storage.Bench,
// against the same Azurite. Prints one line per benchmark: "<name>\t<median>\t<unit>\t<runs...>".
// Env: AZURE_STORAGE_CONNECTION_STRING (required), BENCH_BLOB_MIB (1024), BENCH_RUNS (3),
// BENCH_SMALL_COUNT (200), BENCH_OPS (1000).
import { BlobServiceClient } from "@azure/storage-blob";
import { QueueServiceClient } from "@azure/storage-queue";
import { TableClient } from "@azure/data-tables";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomBytes, randomUUID } from "node:crypto";

const conn = process.env.AZURE_STORAGE_CONNECTION_STRING;
if (!conn) {
  console.error("AZURE_STORAGE_CONNECTION_STRING is not set");
  process.exit(2);
}
const MiB = 1024 * 1024;
const blobMiB = Number(process.env.BENCH_BLOB_MIB ?? 1024);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const smallCount = Number(process.env.BENCH_SMALL_COUNT ?? 200);
const ops = Number(process.env.BENCH_OPS ?? 1000);
const only = process.env.BENCH_ONLY ?? "";
const name = (p) => p + randomUUID().replaceAll("-", "").slice(0, 16);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const now = () => Number(process.hrtime.bigint()) / 1e9;
const report = (label, unit, values) =>
  console.log([label, median(values).toFixed(1), unit, ...values.map((v) => v.toFixed(1))].join("\t"));
// The blob rows carry the size actually moved (BENCH_BLOB_MIB), so a quick run is not labelled "1 GiB".
const sizeLabel = (mib) => (mib % 1024 === 0 ? `${mib / 1024} GiB` : `${mib} MiB`);
const want = (label) => only === "" || only.split(",").some((o) => label.startsWith(o));

const pattern = randomBytes(8 * MiB);
function source(totalBytes) {
  let sent = 0;
  return new Readable({
    highWaterMark: 8 * MiB,
    read() {
      if (sent >= totalBytes) return this.push(null);
      const n = Math.min(pattern.length, totalBytes - sent);
      sent += n;
      this.push(n === pattern.length ? pattern : pattern.subarray(0, n));
    },
  });
}

const blobs = BlobServiceClient.fromConnectionString(conn);
const queues = QueueServiceClient.fromConnectionString(conn);

if (want("blob")) {
  const container = blobs.getContainerClient(name("jsbench"));
  await container.create();
  // Warm-up (untimed): connections, JIT.
  {
    const w = container.getBlockBlobClient("warmup");
    await w.uploadStream(source(32 * MiB), 8 * MiB, 4);
    const res = await w.download();
    await pipeline(res.readableStreamBody, new Writable({ write(_c, _e, cb) { cb(); } }));
    for (let i = 0; i < 8; i++) await container.getBlockBlobClient("warm-" + i).upload(pattern.subarray(0, 2 * MiB), 2 * MiB);
  }
  const up = [];
  const down = [];
  for (let r = 0; r < (process.env.BENCH_SKIP_BIG ? 0 : runs); r++) {
    const blob = container.getBlockBlobClient("big-" + r);
    let t = now();
    await blob.uploadStream(source(blobMiB * MiB), 8 * MiB, 4);
    up.push(blobMiB / (now() - t));
    t = now();
    const res = await blob.download();
    let got = 0;
    await pipeline(res.readableStreamBody, new Writable({ write(chunk, _e, cb) { got += chunk.length; cb(); } }));
    down.push(blobMiB / (now() - t));
    if (got !== blobMiB * MiB) throw new Error(`downloaded ${got} bytes`);
    await blob.delete();
  }
  if (up.length) report(`blob upload ${sizeLabel(blobMiB)}`, "MiB/s", up);
  if (down.length) report(`blob download ${sizeLabel(blobMiB)}`, "MiB/s", down);

  const small = pattern.subarray(0, 2 * MiB);
  const rates = [];
  for (let r = 0; r < runs; r++) {
    let next = 0;
    const t = now();
    await Promise.all([0, 1, 2, 3].map(async () => {
      while (true) {
        const i = next++;
        if (i >= smallCount) return;
        await container.getBlockBlobClient(`small-${r}-${i}`).upload(small, small.length);
      }
    }));
    rates.push(smallCount / (now() - t));
  }
  report("blob 2 MiB writes x4", "ops/s", rates);
  await container.delete();
}

if (want("queue")) {
  const queue = queues.getQueueClient(name("jsbench"));
  await queue.create();
  for (let i = 0; i < 50; i++) await queue.sendMessage("warm-up");
  for (let i = 0; i < 50; i++) {
    const m = (await queue.receiveMessages({ numberOfMessages: 1 })).receivedMessageItems[0];
    await queue.deleteMessage(m.messageId, m.popReceipt);
  }
  const put = [];
  const getDelete = [];
  for (let r = 0; r < runs; r++) {
    let t = now();
    for (let i = 0; i < ops; i++) await queue.sendMessage(`{"id":${i},"name":"work item ${i}"}`);
    put.push(ops / (now() - t));
    t = now();
    for (let i = 0; i < ops; i++) {
      const res = await queue.receiveMessages({ numberOfMessages: 1, visibilityTimeout: 30 });
      const m = res.receivedMessageItems[0];
      await queue.deleteMessage(m.messageId, m.popReceipt);
    }
    getDelete.push(ops / (now() - t));
  }
  report("queue put", "ops/s", put);
  report("queue get+delete", "ops/s", getDelete);
  await queue.delete();
}

if (want("table")) {
  const tableName = name("jsbench");
  const table = TableClient.fromConnectionString(conn, tableName, { allowInsecureConnection: true });
  await table.createTable();
  for (let i = 0; i < 50; i++) await table.upsertEntity({ partitionKey: "warm", rowKey: String(i), status: "x" }, "Merge");
  const rates = [];
  for (let r = 0; r < runs; r++) {
    const t = now();
    for (let i = 0; i < ops; i++) {
      await table.upsertEntity({ partitionKey: "p" + r, rowKey: String(i).padStart(8, "0"), status: "Running", attempt: i, note: "benchmark row" }, "Merge");
    }
    rates.push(ops / (now() - t));
  }
  report("table upsert", "ops/s", rates);
  await table.deleteTable();
}
