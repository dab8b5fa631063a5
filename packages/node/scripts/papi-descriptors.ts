/**
 * Refresh the committed polkadot-api descriptors (packages/node/papi/descriptors) from a fresh dev
 * node: `npx tsx packages/node/scripts/papi-descriptors.ts`. Run it after any change to the metadata
 * (the typed polkadot-api test fails until the copy matches the node).
 */
import { rmSync } from 'node:fs';
import { silentLogger, TensoriumNode } from '../src/index.js';
import { generatePapiDescriptors } from '../src/node/papiDescriptors.js';

const out = new URL('../papi/descriptors', import.meta.url).pathname;
// inside the repository: papi type-checks the generated code against the installed polkadot-api
const work = new URL(`../.papi-work-${process.pid}`, import.meta.url).pathname;
const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'manual', logger: silentLogger });
try {
  const g = await generatePapiDescriptors(node.url, work, out);
  console.log(`descriptors written to ${g.dir} (metadata ${g.metadataHash})`);
} finally {
  await node.stop();
  rmSync(work, { recursive: true, force: true });
}
