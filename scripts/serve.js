// Starts the built server and says where it is, once it listens.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.env.PORT ??= '3000';
process.env.HOST ??= '127.0.0.1';
// Imports upload files of up to 5 MB; adapter-node's default stops at 512 kB.
process.env.BODY_SIZE_LIMIT ??= '6M';
await import(path.join(root, 'build', 'index.js'));
const url = process.env.ORIGIN ?? `http://localhost:${process.env.PORT}`;
console.log(`\nNetwerkkaart draait op ${url}  (stoppen: Ctrl+C)\n`);
