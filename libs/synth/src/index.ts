// @fordeling/synth: a synthetic Denmark — the five input files of the national model (and a manifest)
// drawn from the geography rule set, seeded and cached; what `fordeling demo` and `fordeling synth` run.
export { generateSyntheticDenmark, GENERATOR_VERSION, type SynthManifest, type SynthOptions } from './generate.js';
export { cacheDir, ensureSynthetic } from './cache.js';
export { geographyHash, loadSynthGeography, type SynthGeography, type SynthIsland, type SynthMunicipality } from './geography-source.js';
export { calibrationFile, loadCalibration, type SynthCalibration } from './calibration.js';
export { municipalityNeeds, type MunicipalityNeed } from './deprivation.js';
export { loadTargetWeights } from './geography-source.js';
export { spreadFor, type NeighbourhoodSpread } from './calibration.js';
