// A sentence giving the writer's own number or address (`ligue-me`, `estou ao dispor pelo …`).
import assert from 'node:assert/strict';
import { PATTERNS } from '../../../src/parse/patterns';

describe('callsWriter', () => {
  it('reads a Portuguese offer of help that names its channel', () => {
    assert.ok(PATTERNS.callsWriter.test('Fico a aguardar; estou ao dispor pelo 912 345 678.'));
    assert.ok(PATTERNS.callsWriter.test('Qualquer dúvida, estou à disposição através do telemóvel 912 000 111'));
    assert.ok(PATTERNS.callsWriter.test('estou à sua disposição no 21 000 0000'));
  });

  it('reads no stock closing that names no channel', () => {
    assert.ok(
      !PATTERNS.callsWriter.test('Obrigado, estou à disposição para qualquer esclarecimento. Apoio: 800 000 000'),
    );
    assert.ok(!PATTERNS.callsWriter.test('Fico a aguardar, estou ao dispor.'));
  });
});
