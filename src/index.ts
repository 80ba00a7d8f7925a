import './wasm-tiering.ts';
import { run } from './main.ts';

await run();
