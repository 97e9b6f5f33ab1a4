// Lists every blob under a prefix with the official @azure/storage-blob SDK, reads each one whole, and prints
// one JSON line per blob: {"name", "size", "sha256"}. Proof that a repository's layout needs none of our code to
// list or read (docs/repository-format.md). Usage: node list.mjs CONNECTION_STRING CONTAINER [PREFIX]
// (a connection string with AccountKey= or SharedAccessSignature= and BlobEndpoint=, as Azurite's).
import { createHash } from 'node:crypto';
import { AnonymousCredential, BlobServiceClient, StorageSharedKeyCredential, newPipeline } from '@azure/storage-blob';

// Azurite 3.37 refuses this SDK's default x-ms-version (2026-10-06); the .NET side pins the same version
// (BlobConnection.ServiceVersion). The SDK has no option for it, so a policy sets the header before signing.
const SERVICE_VERSION = '2026-06-06';

const [connection, containerName, prefix = ''] = process.argv.slice(2);
if (!connection || !containerName) {
  console.error('usage: node list.mjs CONNECTION_STRING CONTAINER [PREFIX]');
  process.exit(2);
}
const parts = Object.fromEntries(connection.split(';').filter(Boolean).map((p) => {
  const at = p.indexOf('=');
  return [p.slice(0, at), p.slice(at + 1)];
}));
const endpoint = parts.BlobEndpoint ?? `https://${parts.AccountName}.blob.${parts.EndpointSuffix ?? 'core.windows.net'}`;
const credential = parts.AccountKey ? new StorageSharedKeyCredential(parts.AccountName, parts.AccountKey) : new AnonymousCredential();
const pipeline = newPipeline(credential);
pipeline.factories.unshift({
  create: (next) => ({ sendRequest: (request) => { request.headers.set('x-ms-version', SERVICE_VERSION); return next.sendRequest(request); } }),
});
const url = parts.SharedAccessSignature ? `${endpoint}?${parts.SharedAccessSignature}` : endpoint;
const container = new BlobServiceClient(url, pipeline).getContainerClient(containerName);
for await (const item of container.listBlobsFlat({ prefix })) {
  const bytes = await container.getBlobClient(item.name).downloadToBuffer();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  console.log(JSON.stringify({ name: item.name, size: item.properties.contentLength, sha256 }));
}
