// Communities and seed positions must be the same for the same data: a shared link redraws the same picture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Graph from 'graphology';
import { rankCommunities, seedByCommunity } from '../src/seed.js';

/** Two cliques of five joined by one edge, and a triangle apart. */
function cliques() {
  const graph = new Graph({ type: 'undirected' });
  const clique = (ids) => ids.forEach((a, i) => ids.slice(i + 1).forEach((b) => graph.mergeEdge(a, b, { weight: 2 })));
  clique(['a1', 'a2', 'a3', 'a4', 'a5']);
  clique(['b1', 'b2', 'b3', 'b4', 'b5']);
  clique(['c1', 'c2', 'c3']);
  graph.mergeEdge('a1', 'b1', { weight: 1 });
  return graph;
}

test('Louvain finds the cliques, ranked largest first', () => {
  const graph = cliques();
  const { ranks, sizes } = rankCommunities(graph);
  assert.deepEqual(sizes, [5, 5, 3]);
  assert.equal(ranks.get('c1'), 2);
  assert.equal(new Set(['a1', 'a2', 'a3', 'a4', 'a5'].map((n) => ranks.get(n))).size, 1);
  assert.notEqual(ranks.get('a1'), ranks.get('b1'));
  assert.equal(graph.getNodeAttribute('a2', 'community'), ranks.get('a2'));
});

test('the same graph gets the same communities and the same seed positions', () => {
  const one = cliques();
  const two = cliques();
  assert.deepEqual([...rankCommunities(one).ranks], [...rankCommunities(two).ranks]);
  seedByCommunity(one);
  seedByCommunity(two);
  one.forEachNode((node, attributes) => {
    assert.equal(attributes.x, two.getNodeAttribute(node, 'x'));
    assert.ok(Number.isFinite(attributes.x) && Number.isFinite(attributes.y));
  });
});
