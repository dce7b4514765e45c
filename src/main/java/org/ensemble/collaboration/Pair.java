package org.ensemble.collaboration;

/** Two different people, the smaller id first: the direction of their COLLABORATED_WITH. */
record Pair(String a, String b) {

	Pair {
		if (a.compareTo(b) >= 0) {
			throw new IllegalArgumentException("A pair is two different people, smaller id first: " + a + ", " + b);
		}
	}

}
