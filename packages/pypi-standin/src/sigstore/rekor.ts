// A Rekor v1 transparency log for `dsse` 0.0.1 entries, as rekor.sigstore.dev
// keeps them: the proposed envelope's signatures are checked against its
// verifier, the stored body is Rekor's canonical one (envelope and payload
// hashes, signatures), every entry gets a signed entry timestamp (the
// inclusion promise) and an inclusion proof to a signed checkpoint, and the
// same entry proposed twice answers 409 with the existing entry's Location.
import { createHash, createPublicKey, randomInt, sign, verify, type KeyObject } from 'node:crypto';
import { dsse, json, X509Certificate } from '@sigstore/core';
import { MerkleTree } from './merkle.ts';

export interface RekorAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

interface StoredEntry {
  uuid: string;
  body: Buffer;
  logIndex: number;
  integratedTime: number;
}

const ENTRIES = '/api/v1/log/entries';

class Refusal extends Error {}

function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Rekor's canonical body for a proposed dsse entry, after checking every signature against a verifier. */
function canonicalDsseBody(proposed: unknown): Buffer {
  const entry = proposed as { apiVersion?: unknown; kind?: unknown; spec?: { proposedContent?: { envelope?: unknown; verifiers?: unknown } } };
  if (entry?.kind !== 'dsse' || entry.apiVersion !== '0.0.1') {
    throw new Refusal(`this log takes dsse 0.0.1 entries, not ${String(entry?.kind)} ${String(entry?.apiVersion)}`);
  }
  const content = entry.spec?.proposedContent;
  if (typeof content?.envelope !== 'string' || !Array.isArray(content.verifiers) || content.verifiers.length === 0) {
    throw new Refusal('validation failure: proposedContent needs an envelope and at least one verifier');
  }
  const envelope = JSON.parse(content.envelope) as { payloadType?: unknown; payload?: unknown; signatures?: { sig?: unknown }[] };
  if (typeof envelope.payloadType !== 'string' || typeof envelope.payload !== 'string' || !Array.isArray(envelope.signatures) || envelope.signatures.length === 0) {
    throw new Refusal('validation failure: the envelope needs a payloadType, a payload and signatures');
  }
  const payload = Buffer.from(envelope.payload, 'base64');
  const pae = dsse.preAuthEncoding(envelope.payloadType, payload);
  const keys = (content.verifiers as unknown[]).map((v) => {
    const pem = Buffer.from(String(v), 'base64').toString('utf8');
    const der = X509Certificate.parse(pem).publicKey;
    return { verifier: String(v), key: createPublicKey({ key: der, format: 'der', type: 'spki' }) };
  });
  const signatures = envelope.signatures.map(({ sig }) => {
    const signature = Buffer.from(String(sig), 'base64');
    const by = keys.find(({ key }) => verify('sha256', pae, key, signature));
    if (by === undefined) throw new Refusal('validation failure: could not verify envelope signature');
    return { signature: signature.toString('base64'), verifier: by.verifier };
  });
  const body = {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256Hex(json.canonicalize(envelope)) },
      payloadHash: { algorithm: 'sha256', value: sha256Hex(payload) },
      signatures,
    },
  };
  return Buffer.from(json.canonicalize(body), 'utf8');
}

export class RekorLog {
  private readonly tree = new MerkleTree();
  private readonly entries = new Map<string, StoredEntry>();
  /** sha256 of the log's public key (DER SPKI): the log ID in bundles and trusted roots. */
  readonly logId: Buffer;
  private readonly treeId = randomInt(2 ** 47);

  constructor(
    private readonly keys: { publicKey: KeyObject; privateKey: KeyObject },
    /** host:port, the checkpoint's origin: sigstore-js matches it against the trusted root's baseUrl. */
    private readonly origin: string,
  ) {
    this.logId = createHash('sha256').update(this.publicKeyDer).digest();
  }

  get publicKeyDer(): Buffer {
    return this.keys.publicKey.export({ format: 'der', type: 'spki' });
  }

  get size(): number {
    return this.tree.size;
  }

  /** Answers a request on /api/v1/log/...; undefined when the path is not Rekor's. */
  handle(method: string, path: string, body: string): RekorAnswer | undefined {
    if (path === ENTRIES && method === 'POST') return this.create(body);
    if (path.startsWith(`${ENTRIES}/`) && method === 'GET') {
      const found = this.entries.get(path.slice(ENTRIES.length + 1));
      return found === undefined
        ? { status: 404, body: { code: 404, message: 'entry not found' } }
        : { status: 200, body: { [found.uuid]: this.logEntry(found) } };
    }
    if (path === '/api/v1/log/publicKey' && method === 'GET') {
      return { status: 200, body: this.keys.publicKey.export({ format: 'pem', type: 'spki' }).toString() };
    }
    return undefined;
  }

  private create(text: string): RekorAnswer {
    let body: Buffer;
    try {
      body = canonicalDsseBody(JSON.parse(text));
    } catch (e) {
      return { status: 400, body: { code: 400, message: e instanceof Refusal ? e.message : `invalid entry: ${(e as Error).message}` } };
    }
    const uuid = createHash('sha256').update(Buffer.from([0])).update(body).digest('hex');
    const existing = this.entries.get(uuid);
    if (existing !== undefined) {
      return {
        status: 409,
        headers: { Location: `${ENTRIES}/${uuid}` },
        body: { code: 409, message: `an equivalent entry already exists in the transparency log with UUID ${uuid}` },
      };
    }
    const entry = { uuid, body, logIndex: this.tree.append(body), integratedTime: Math.floor(Date.now() / 1000) };
    this.entries.set(uuid, entry);
    return { status: 201, headers: { Location: `${ENTRIES}/${uuid}` }, body: { [uuid]: this.logEntry(entry) } };
  }

  /** The entry as Rekor answers it: the promise signed now, the proof against the tree as it is now. */
  private logEntry(entry: StoredEntry): unknown {
    const logID = this.logId.toString('hex');
    const promised = { body: entry.body.toString('base64'), integratedTime: entry.integratedTime, logIndex: entry.logIndex, logID };
    const signedEntryTimestamp = sign('sha256', Buffer.from(json.canonicalize(promised), 'utf8'), this.keys.privateKey);
    const treeSize = this.tree.size;
    const rootHash = this.tree.root(treeSize);
    return {
      ...promised,
      verification: {
        signedEntryTimestamp: signedEntryTimestamp.toString('base64'),
        inclusionProof: {
          logIndex: entry.logIndex,
          treeSize,
          rootHash: rootHash.toString('hex'),
          hashes: this.tree.inclusionProof(entry.logIndex, treeSize).map((h) => h.toString('hex')),
          checkpoint: this.checkpoint(treeSize, rootHash),
        },
      },
    };
  }

  /** A signed note (golang.org/x/mod/sumdb/note): origin, size, root; signed with the key's 4-byte hint. */
  private checkpoint(size: number, root: Buffer): string {
    const note = `${this.origin} - ${this.treeId}\n${size}\n${root.toString('base64')}\n`;
    const signature = sign('sha256', Buffer.from(note, 'utf8'), this.keys.privateKey);
    return `${note}\n\u2014 ${this.origin} ${Buffer.concat([this.logId.subarray(0, 4), signature]).toString('base64')}\n`;
  }
}
