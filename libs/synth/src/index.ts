export { generateSyntheticDenmark, GENERATOR_VERSION, type SynthManifest, type SynthOptions } from './generate.js';
export { cacheDir, ensureSynthetic } from './cache.js';
export { geographyHash, loadSynthGeography, type SynthGeography, type SynthIsland, type SynthMunicipality } from './geography-source.js';
