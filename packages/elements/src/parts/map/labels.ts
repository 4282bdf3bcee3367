/** A point to label on the map, in SVG user units. */
export interface LabelPoint {
  x: number;
  y: number;
  text: string;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface PlacedLabel {
  x: number;
  y: number;
  side: LabelSide;
  /** SVG text-anchor for the side. */
  anchor: 'start' | 'end' | 'middle';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Radius kept clear around every dot. */
  dotRadius: number;
}

const SIDES: LabelSide[] = ['right', 'left', 'above', 'below'];
// Rendering happens on the server too, where text cannot be measured: an average glyph is about
// 0.56 em wide in the sans-serif faces the map uses, which is close enough to avoid collisions.
const GLYPH_EM = 0.56;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function candidate(point: LabelPoint, side: LabelSide, options: LabelOptions): PlacedLabel & { box: Box } {
  const gap = options.dotRadius + 3;
  const textWidth = point.text.length * options.fontSize * GLYPH_EM;
  const half = options.fontSize / 2;
  switch (side) {
    case 'right':
      return {
        side,
        anchor: 'start',
        x: point.x + gap,
        y: point.y,
        box: {
          left: point.x + gap,
          right: point.x + gap + textWidth,
          top: point.y - half,
          bottom: point.y + half,
        },
      };
    case 'left':
      return {
        side,
        anchor: 'end',
        x: point.x - gap,
        y: point.y,
        box: {
          left: point.x - gap - textWidth,
          right: point.x - gap,
          top: point.y - half,
          bottom: point.y + half,
        },
      };
    case 'above':
      return {
        side,
        anchor: 'middle',
        x: point.x,
        y: point.y - gap - half,
        box: {
          left: point.x - textWidth / 2,
          right: point.x + textWidth / 2,
          top: point.y - gap - 2 * half,
          bottom: point.y - gap,
        },
      };
    case 'below':
      return {
        side,
        anchor: 'middle',
        x: point.x,
        y: point.y + gap + half,
        box: {
          left: point.x - textWidth / 2,
          right: point.x + textWidth / 2,
          top: point.y + gap,
          bottom: point.y + gap + 2 * half,
        },
      };
  }
}

/**
 * Places each label beside its dot on the first side that collides with no other dot, no label
 * already placed and stays inside the map. Greedy, in the order given (most important first), which
 * is plenty for the handful of places a brief names.
 */
export function placeLabels(points: readonly LabelPoint[], options: LabelOptions): PlacedLabel[] {
  const r = options.dotRadius;
  const dots: Box[] = points.map((p) => ({ left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r }));
  const taken: Box[] = [];
  return points.map((point, index) => {
    const others = dots.filter((_, i) => i !== index);
    let fallback: (PlacedLabel & { box: Box }) | undefined;
    for (const side of SIDES) {
      const option = candidate(point, side, options);
      const { box } = option;
      const inside =
        box.left >= 0 && box.top >= 0 && box.right <= options.width && box.bottom <= options.height;
      fallback ??= inside ? option : undefined;
      if (inside && !others.some((d) => overlaps(d, box)) && !taken.some((t) => overlaps(t, box))) {
        taken.push(box);
        return { x: option.x, y: option.y, side: option.side, anchor: option.anchor };
      }
    }
    const chosen = fallback ?? candidate(point, 'right', options);
    taken.push(chosen.box);
    return { x: chosen.x, y: chosen.y, side: chosen.side, anchor: chosen.anchor };
  });
}
