/** cdnBase: where jsDelivr serves a published version's files. */
import { expect, it } from 'vitest';
import { cdnBase } from '../../scripts/lib/cdnBase.js';

it('is jsDelivr’s npm address', () => {
  expect(cdnBase).toBe('https://cdn.jsdelivr.net/npm');
});
