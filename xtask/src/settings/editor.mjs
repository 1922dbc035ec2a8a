// Runs the WordPress block's editor script (wordpress/block/editor.js) in Node with a stand-in
// for WordPress's packages, draws its sidebar and prints, as JSON, each control's block
// attribute (found by changing it) and the values it offers: for xtask's settings test.
// Usage: node editor.mjs <editor.js>
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

let registered;
const el = (type, props, ...children) => ({ type, props: props ?? {}, children });
const component = (name) => name;
const wp = {
  blocks: { registerBlockType: (name, settings) => (registered = settings) },
  element: { createElement: el },
  blockEditor: { InspectorControls: 'InspectorControls', useBlockProps: () => ({}) },
  components: new Proxy({}, { get: (_, name) => component(name) }),
  i18n: { __: (text) => text, sprintf: (text, ...args) => [text, ...args].join(' ') },
};
vm.runInNewContext(readFileSync(process.argv[2], 'utf8'), { window: { wp } });

let changed;
const tree = registered.edit({ attributes: { next: {} }, setAttributes: (change) => (changed = change) });
const controls = [];
const walk = (node) => {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach(walk);
  if (typeof node.props.onChange === 'function') {
    changed = undefined;
    node.props.onChange('probe');
    const values = node.props.options?.map((option) => option.value);
    for (const attribute of Object.keys(changed ?? {})) controls.push({ attribute, values: values ?? null });
  }
  node.children.forEach(walk);
};
walk(tree);
process.stdout.write(JSON.stringify(controls));
