// hash-wasm's single-algorithm build: the package's index carries the
// WebAssembly of every algorithm it has (260 KiB in the bundle, parsed at
// every start), where the action needs BLAKE2b alone. A UMD file: node's own
// ESM loader (the BLAKE2b thread, run from the sources in tests) sees only its
// default export, so that is the one to import.
declare module 'hash-wasm/dist/blake2b.umd.min.js' {
  import type { createBLAKE2b } from 'hash-wasm';
  const blake2b: { createBLAKE2b: typeof createBLAKE2b };
  export default blake2b;
}
