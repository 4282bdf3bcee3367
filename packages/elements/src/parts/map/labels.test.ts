import { describe, expect, it } from 'vitest';
import { placeLabels } from './labels.js';

const options = { width: 300, height: 200, fontSize: 10, dotRadius: 3 };

describe('placeLabels', () => {
  it('puts a lone label to the right of its dot', () => {
    expect(placeLabels([{ x: 50, y: 100, text: 'Dushanbe' }], options)).toEqual([
      { x: 56, y: 100, side: 'right', anchor: 'start' },
    ]);
  });

  it('moves a label away from a dot it would cover', () => {
    const [first, second] = placeLabels(
      [
        { x: 100, y: 100, text: 'Dushanbe' },
        { x: 110, y: 100, text: 'Vahdat' },
      ],
      options,
    );
    expect(first?.side).toBe('left');
    expect(second?.side).toBe('right');
  });

  it('keeps labels inside the frame at its edge', () => {
    const [label] = placeLabels([{ x: 295, y: 100, text: 'Khorog' }], options);
    expect(label?.side).toBe('left');
  });
});
