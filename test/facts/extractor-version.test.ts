import assert from 'node:assert/strict';
import { it } from 'node:test';
import { EXTRACTOR_VERSION as pipelineVersion } from '../../src/extract/pipeline.js';
import { EXTRACTOR_VERSION } from '../../src/facts/extractor-version.js';

it('the version the CLI and ingest read without loading the pipeline is the pipeline\'s', () => {
  assert.equal(EXTRACTOR_VERSION, pipelineVersion);
});
