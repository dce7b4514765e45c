package org.ensemble.network;

import org.ensemble.credit.Role;

/**
 * A checked question for the repeat-pairing network, with the parameters of {@code GET /api/pairings}.
 *
 * @param first one role of the pair, or null (with second) for pairs in any roles
 * @param second the other role
 * @param minShared only pairs with at least this many shared works
 * @param from only works of this year or later count, or null
 * @param to only works of this year or earlier count, or null
 * @param topBilled only cast credits billed above this count, or null
 */
record PairingsRequest(Role first, Role second, int minShared, Integer from, Integer to, Integer topBilled) {
}
