// The year range's rule for ties, run by the build with node's own test runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inRange } from '../src/years.js';

test('a tie whose works are known stays only with a work in the range', () => {
  const tie = { years: [2005, 2015], first: 2005, last: 2015, weight: 2 };
  assert.equal(inRange(tie, 2008, 2012), false);
  assert.equal(inRange(tie, 2015, 2020), true);
  assert.equal(inRange(tie, 2000, 2005), true);
});

test('first and last years are works: a range holding either keeps the tie', () => {
  assert.equal(inRange({ first: 1990, last: 2010, weight: 7 }, 2010, 2020), true);
  assert.equal(inRange({ first: 1990, last: 2010, weight: 7 }, 1980, 1990), true);
});

test('two works at most are the first and the last: a range between them drops the tie', () => {
  assert.equal(inRange({ first: 1990, last: 2010, weight: 2 }, 1995, 2005), false);
});

test('with more works than those two, a range inside the span keeps the tie, which may hold one', () => {
  assert.equal(inRange({ first: 1990, last: 2010, weight: 3 }, 1995, 2005), true);
});

test('a range outside the span drops the tie whatever its works', () => {
  assert.equal(inRange({ first: 1990, last: 2010, weight: 9 }, 2011, 2020), false);
  assert.equal(inRange({ years: [1990, 2000, 2010], first: 1990, last: 2010, weight: 3 }, 1980, 1989), false);
});

test('a tie without years is never hidden by a range', () => {
  assert.equal(inRange({ first: null, last: null, weight: 1 }, 2000, 2001), true);
});
