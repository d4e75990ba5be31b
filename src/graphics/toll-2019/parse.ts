// The content model names deaths and builds their ids (src/lib/content/load.ts): one builder.
export { isNamed } from '../../lib/content/load.ts';
