// Loaded by the background into a frame whose page passed the content script's gate (never listed in the
// manifest: most pages never need it).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadedEngine, registerEngine } from '../extension/content/engine-api';
import { PageEngine } from '../extension/content/engine';

export default defineUnlistedScript(() => {
  if (!loadedEngine()) registerEngine(new PageEngine());
});
