import { SCHEMA_ID } from '@briefkit/schema';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-helpers.js';

describe('briefkit schema', () => {
  it('prints the JSON Schema of the brief format, and only that, on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['schema']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const schema = JSON.parse(stdout);
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(schema.$defs.Brief.required).toEqual(
      expect.arrayContaining(['formatVersion', 'id', 'country', 'sections']),
    );
  });
});
