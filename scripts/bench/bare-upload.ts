// Child process of `npm run bench`: the least a client on node can do to
// upload a file to an index that verifies its digest. It hashes the file
// (sha256), then POSTs the legacy upload form with node:http, the fields
// curl sends and the file streamed from disk; no listing read first, no
// METADATA, no retries, no checks. Not pypi-promote: a measured floor for
// any client that runs on node, as a GitHub JavaScript action does.
// Usage: bare-upload.mjs FILE NAME VERSION, with BENCH_UPLOAD_URL and BENCH_TOKEN.
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http, { type IncomingMessage } from 'node:http';

const [file, name, version] = process.argv.slice(2) as [string, string, string];
const CHUNK = 1 << 20;

const hash = createHash('sha256');
for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) hash.update(chunk as Buffer);

const fields: Array<[string, string]> = [
  [':action', 'file_upload'], ['protocol_version', '1'], ['filetype', 'bdist_wheel'], ['pyversion', 'py3'],
  ['metadata_version', '2.1'], ['name', name], ['version', version], ['sha256_digest', hash.digest('hex')],
];
const boundary = randomBytes(16).toString('hex');
const head = Buffer.from(
  fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('') +
    `--${boundary}\r\nContent-Disposition: form-data; name="content"; filename="${file.split('/').pop()}"\r\n` +
    'Content-Type: application/octet-stream\r\n\r\n',
);
const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
const { size } = await stat(file);

const request = http.request(process.env.BENCH_UPLOAD_URL!, {
  method: 'POST',
  headers: {
    'Content-Type': `multipart/form-data; boundary=${boundary}`,
    'Content-Length': head.length + size + tail.length,
    Authorization: `Basic ${Buffer.from(`__token__:${process.env.BENCH_TOKEN}`).toString('base64')}`,
  },
});
const answered = once(request, 'response') as Promise<[IncomingMessage]>;
request.write(head);
for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
  if (!request.write(chunk)) await once(request, 'drain');
}
request.end(tail);
const [response] = await answered;
let body = '';
for await (const chunk of response) body += chunk;
if (response.statusCode !== 200) {
  console.error(`${response.statusCode}: ${body}`);
  process.exit(1);
}
