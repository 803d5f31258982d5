// The force recipe: its numbers as the build-time layout has always used them (the bundled graph file depends on
// them byte for byte), and the explorer's layout input.
import { describe, expect, it } from 'vitest';
import { forceSimulation } from 'd3-force';
import { centrePull, chargeForce, collideForce, collisionRoom, layoutLinksFor, layoutNodesFor, linkForce, linkLength, linkPull, nodeCharge, type RecipeLink, type RecipeNode } from './recipe';

describe('the recipe', () => {
  it.each([
    [0, -60],
    [4, -92],
    [10, -140]
  ])('a node of radius %d repels with %d', (r, charge) => expect(nodeCharge(r)).toBe(charge));
  it.each([
    [10, 0, 16], // no label: the node and a margin
    [10, 40, 26], // a label wider than the node: about half of it, plus a margin
    [4, 12, 10.6]
  ])('radius %d, label %d px wide: collision room %d', (r, w, room) => expect(collisionRoom(r, w)).toBeCloseTo(room, 10));
  it.each([
    [1, 60, 0.5],
    [0.25, 105, 0.275],
    [0, 120, 0.05]
  ])('a link of strength %d rests at %d and pulls %d', (s, length, pull) => {
    expect(linkLength(s)).toBe(length);
    expect(linkPull(s)).toBeCloseTo(pull, 12);
  });
  it('link lengths scale with the unit', () => {
    expect(linkLength(0.5, 120)).toBe(180);
  });

  it('the forces read the recipe: one headless tick moves nodes the way it says', () => {
    const nodes: RecipeNode[] = [
      { id: 'a', x: -100, y: 0, room: 10, charge: nodeCharge(5) },
      { id: 'b', x: 100, y: 0, room: 10, charge: nodeCharge(5) }
    ];
    const links: RecipeLink[] = [{ source: 'a', target: 'b', strength: 1 }];
    const pull = centrePull<RecipeNode>(0, 0);
    const sim = forceSimulation(nodes).force('link', linkForce(links)).force('charge', chargeForce()).force('collide', collideForce(1)).force('x', pull.x).force('y', pull.y).stop();
    sim.tick(300);
    const d = Math.hypot(nodes[0].x! - nodes[1].x!, nodes[0].y! - nodes[1].y!);
    // the link wants 60, the repulsion pushes them a little further apart; centred on the origin
    expect(d).toBeGreaterThan(60);
    expect(d).toBeLessThan(120);
    expect(Math.abs(nodes[0].x! + nodes[1].x!)).toBeLessThan(1);
  });
});

describe('layoutNodesFor, layoutLinksFor (the explorer relayout input)', () => {
  it('collision room from radius and label width, charge from radius, pinned nodes fixed where they are', () => {
    const nodes = layoutNodesFor([
      { id: 'a', x: 1, y: 2, radius: 10, labelWidth: 40, pinned: false },
      { id: 'b', x: 3, y: 4, radius: 5, labelWidth: 0, pinned: true }
    ]);
    expect(nodes).toEqual([
      { id: 'a', x: 1, y: 2, r: 26, charge: -140, fx: null, fy: null },
      { id: 'b', x: 3, y: 4, r: 11, charge: -100, fx: 3, fy: 4 }
    ]);
  });
  it('link strength is the weight over the largest weight (at least 1)', () => {
    expect(
      layoutLinksFor([
        { source: 'a', target: 'b', weight: 4 },
        { source: 'b', target: 'c', weight: 1 }
      ]).map((l) => l.strength)
    ).toEqual([1, 0.25]);
    expect(layoutLinksFor([{ source: 'a', target: 'b', weight: 0.5 }])[0].strength).toBe(0.5);
    expect(layoutLinksFor([])).toEqual([]);
  });
});
