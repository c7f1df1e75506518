import { build } from 'esbuild';
const out = await build({ stdin:{contents:"export { DriftChart } from '@sextant/react'", resolveDir:'/work/main/examples/portal', loader:'js'}, bundle:true, minify:true, treeShaking:true, format:'esm', platform:'browser', write:false, metafile:true, logLevel:'error', external:['react','react-dom','react/jsx-runtime']});
const inputs = out.metafile.inputs;
const included = new Set(Object.keys(Object.values(out.metafile.outputs)[0].inputs));
const importers = {};
for (const [k, v] of Object.entries(inputs)) for (const im of v.imports) (importers[im.path] ??= []).push(k);
const target = process.argv[2];
let frontier = Object.keys(inputs).filter((k) => k.includes(target));
const seen = new Set();
for (let depth = 0; depth < 8 && frontier.length; depth++) {
  const next = [];
  for (const f of frontier) {
    if (seen.has(f)) continue; seen.add(f);
    const by = (importers[f] ?? []).filter((x) => included.has(x));
    console.log('  '.repeat(depth) + f.replace(/.*node_modules\//, '').slice(0, 90), '<-', by.map((b) => b.replace(/.*node_modules\//, '').slice(0, 60)).join(' , '));
    next.push(...by);
  }
  frontier = next;
}
