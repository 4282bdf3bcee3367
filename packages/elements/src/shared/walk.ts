import type { Section } from '@briefkit/schema';

/**
 * Visits sections and all their subsections in document order, with their depth (0 for `sections`
 * itself). Iterative, so a brief nested ten thousand levels deep cannot overflow the stack.
 */
export function walkSections(sections: unknown, visit: (section: Section, depth: number) => void): void {
  if (!Array.isArray(sections)) return;
  const stack: [Section, number][] = [];
  for (let i = sections.length - 1; i >= 0; i--) stack.push([sections[i] as Section, 0]);
  while (stack.length > 0) {
    const [section, depth] = stack.pop() as [Section, number];
    if (!section || typeof section !== 'object') continue;
    visit(section, depth);
    const subs = section.sections;
    if (Array.isArray(subs))
      for (let i = subs.length - 1; i >= 0; i--) stack.push([subs[i] as Section, depth + 1]);
  }
}
