// Imported first by the entry points, for its effect: V8 recompiles a hot
// WebAssembly function with its optimizing compiler, and for undici's HTTP
// parser (llhttp, one large state machine) that compilation alone took
// ~35 MB, the largest part of an upload's peak RSS (a 100 MiB upload from
// the bundled client: 111 MB -> 81 MB, npm run bench, issue #7). A larger
// tiering budget leaves llhttp in baseline code, plenty for parsing a few
// small responses (20,000,000 already sufficed for a listing and an upload),
// while the embedded index's BLAKE2b (hash-wasm), which runs over every byte
// uploaded, still reaches optimized code within its first megabyte or so
// (~50 ms in baseline code, once per process).
import v8 from 'node:v8';

// V8's default is 1,800,000 (a rough count of bytes of code executed per function).
v8.setFlagsFromString('--wasm-tiering-budget=50000000');
