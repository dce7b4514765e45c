package org.ensemble.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import org.ensemble.credit.SearchText;
import org.ensemble.system.BadRequestException;
import org.ensemble.system.GraphTransactions;
import org.ensemble.system.Params;

/**
 * Name search over the full-text indexes. The query is folded like the stored names, so case,
 * accents and punctuation don't matter; every word must match, the last ones as prefixes too; exact
 * matches of a whole name or alias rank first.
 */
@Service
public class Search {

	/** What an exact match adds to its full-text score: more than any full-text score reaches. */
	private static final double EXACT = 100;

	private final GraphTransactions graph;

	Search(GraphTransactions graph) {
		this.graph = graph;
	}

	public List<SearchHit> search(String q, String type, Integer limit) {
		if (q == null || q.isBlank()) {
			throw new BadRequestException("q", "is required");
		}
		if (q.length() > 200) {
			throw new BadRequestException("q", "must be at most 200 characters");
		}
		if (type != null && !type.isBlank() && !type.equals("person") && !type.equals("work")) {
			throw new BadRequestException("type", "must be person or work, was '" + Params.abbreviate(type) + "'");
		}
		int max = Params.limit(limit);
		String folded = SearchText.fold(q);
		if (folded.isEmpty()) {
			return List.of();
		}
		String lucene = luceneQuery(folded);
		boolean people = type == null || type.isBlank() || type.equals("person");
		boolean works = type == null || type.isBlank() || type.equals("work");
		List<SearchHit> hits = new ArrayList<>();
		this.graph.read((tx) -> {
			if (people) {
				tx.run("""
						CALL db.index.fulltext.queryNodes('person_search', $q, {limit: $candidates}) YIELD node, score
						RETURN node.id AS id, node.name AS name, node.searchText AS text, score""",
						Map.of("q", lucene, "candidates", max * 3))
					.forEachRemaining((r) -> hits.add(new SearchHit(r.get("id").asString(), r.get("name").asString(null), null,
							null, "person", rank(r.get("score").asDouble(), folded, r.get("text").asString("")))));
			}
			if (works) {
				tx.run("""
						CALL db.index.fulltext.queryNodes('work_search', $q, {limit: $candidates}) YIELD node, score
						RETURN node.id AS id, node.title AS title, node.year AS year, node.searchText AS text, score""",
						Map.of("q", lucene, "candidates", max * 3))
					.forEachRemaining((r) -> hits.add(new SearchHit(r.get("id").asString(), null, r.get("title").asString(null),
							r.get("year").as(Integer.class), "work", rank(r.get("score").asDouble(), folded, r.get("text").asString("")))));
			}
			return null;
		});
		return hits.stream()
			.sorted(Comparator.comparingDouble(SearchHit::score).reversed()
				.thenComparing((h) -> h.name() != null ? h.name() : h.title(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(SearchHit::id))
			.limit(max)
			.toList();
	}

	/** Every word must occur; an exact word scores above a word that only starts with it. */
	static String luceneQuery(String folded) {
		return List.of(folded.split(" ")).stream().map((word) -> "(" + word + "^2 OR " + word + "*)")
			.collect(Collectors.joining(" AND "));
	}

	/** Exact whole-name (or alias) matches rank above every partial match. */
	private static double rank(double score, String folded, String searchText) {
		boolean exact = List.of(searchText.split(Pattern.quote(SearchText.SEPARATOR))).contains(folded);
		return Math.round((exact ? EXACT + score : score) * 1000) / 1000.0;
	}

	/** Whether the hit matched a whole name or alias of its person or work, not just part of one. */
	public static boolean exact(SearchHit hit) {
		return hit.score() >= EXACT;
	}

}
