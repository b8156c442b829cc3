import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { regionState } from '../../src/recognise/regions.js';

describe('regions', () => {
  it('reads a first-level region as its state, with or without its administrative words and accents', () => {
    assert.equal(regionState('Sichuan'), 'CHN');
    assert.equal(regionState('Republic of Tatarstan'), 'RUS');
    assert.equal(regionState('Tatarstan'), 'RUS');
    assert.equal(regionState('Binh Duong'), 'VNM');
    assert.equal(regionState('Bình Dương'), 'VNM');
  });
  it('reads no region whose name a state bears or that is no region', () => {
    assert.equal(regionState('Georgia'), null);
    assert.equal(regionState('Paris Agreement'), null);
  });
});
