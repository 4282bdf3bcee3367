// Where `new Function` is refused (a page whose CSP has no 'unsafe-eval'), the compiled test cannot be built:
// zod's parser then decides alone, and every answer must stay the same.
import { checkBrief } from '@briefkit/schema';
import { fullBrief, invalidFixtures, minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, test, vi } from 'vitest';
import { checkSchema } from './check-schema.js';
import { compileAssert } from './compile-assert.js';

vi.mock('./compile-assert.js', () => ({
  compileAssert: vi.fn(() => {
    throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
  }),
}));

describe('checkSchema without eval', () => {
  test('accepts the valid fixtures', () => {
    for (const doc of [minimalBrief, fullBrief]) {
      const result = checkSchema(structuredClone(doc));
      expect(result.issues).toEqual([]);
      expect(result.brief).toEqual(doc);
    }
    // The compiler was tried (and refused), so these answers came from the parser alone.
    expect(vi.mocked(compileAssert)).toHaveBeenCalled();
  });

  test('words every invalid fixture as the schema package does', () => {
    for (const fixture of invalidFixtures) {
      const ours = checkSchema(structuredClone(fixture.doc));
      const theirs = checkBrief(structuredClone(fixture.doc));
      expect(ours.brief, fixture.name).toBeUndefined();
      expect(ours.issues, fixture.name).toEqual(theirs.ok ? [] : theirs.issues);
    }
  });
});
