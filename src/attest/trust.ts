// The roots an attestation is verified against. The public-good one is the
// trusted root that @sigstore/tuf embeds as its TUF seed: read at build time,
// never fetched, so verification needs no network. It ages with the package:
// a key rotated by Sigstore after that release is unknown until it is updated.
import { TrustedRoot } from '@sigstore/protobuf-specs';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };

const PUBLIC_GOOD_TUF = 'https://tuf-repo-cdn.sigstore.dev';

/** A trusted root from its JSON form (the `trusted_root.json` of Sigstore's TUF repository). */
export function trustedRootFromJSON(json: unknown): TrustedRoot {
  return TrustedRoot.fromJSON(json);
}

let publicGood: TrustedRoot | undefined;

/** Sigstore's public-good instance (fulcio.sigstore.dev, rekor.sigstore.dev): what PyPI verifies against. */
export function publicGoodTrustedRoot(): TrustedRoot {
  if (publicGood === undefined) {
    const target = (seeds as Record<string, { targets: Record<string, string> }>)[PUBLIC_GOOD_TUF]?.targets['trusted_root.json'];
    if (target === undefined) throw new Error(`@sigstore/tuf's seeds.json has no trusted_root.json for ${PUBLIC_GOOD_TUF}`);
    publicGood = trustedRootFromJSON(JSON.parse(Buffer.from(target, 'base64').toString('utf8')));
  }
  return publicGood;
}
