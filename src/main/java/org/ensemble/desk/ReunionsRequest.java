package org.ensemble.desk;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/reunions}: a team as a press release names it.
 *
 * @param people ids or names, as the press spells them
 * @param companies ids or names of companies, optional
 * @param before only works released strictly before this date count (ISO date), optional
 * @param roles a role per entry of {@code people} (the entry as written), restricting which of that
 * person's credits count, optional
 */
record ReunionsRequest(List<String> people, List<String> companies, String before, Map<String, String> roles) {
}
