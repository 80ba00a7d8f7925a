// hash-wasm's single-algorithm build: the package's index carries the
// WebAssembly of every algorithm it has (260 KiB in the bundle, parsed at
// every start), where the action needs BLAKE2b alone.
declare module 'hash-wasm/dist/blake2b.umd.min.js' {
  export { createBLAKE2b } from 'hash-wasm';
}
