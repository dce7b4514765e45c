package org.ensemble.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import org.ensemble.credit.SearchText;
import org.ensemble.system.BadRequestException;
import org.ensemble.system.GraphTransactions;
import org.ensemble.system.Params;

/**
 * Name search over the full-text indexes. The query is folded like the stored names, so case,
 * accents and punctuation don't matter, and every word must match, in any order: as written, as the
 * start of a word, with one typo (two in long words, Lucene's fuzzy match), or, for Korean syllables
 * (romanised or Hangul), by the sound keys that {@link SearchText} stores for Korean names, so
 * "Jeon Jong-seo" finds "Jong-seo Jun" and "전종서" finds both. The index only gathers candidates; they
 * are ranked here: an exact name or alias first (its words in any order), then by how well each word
 * matched (as written, by sound, as a prefix, with a typo), then people with more credits first, then
 * the index's score.
 */
@Service
public class Search {

	/** Fuzzy matching expands each word into many terms; longer queries are names with a title, not typos. */
	private static final int MOST_FUZZY_WORDS = 6;

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
		List<Candidate> candidates = new ArrayList<>();
		this.graph.read((tx) -> {
			if (people) {
				tx.run("""
						CALL db.index.fulltext.queryNodes('person_search', $q, {limit: $candidates}) YIELD node, score
						RETURN node.id AS id, node.name AS name, node.searchText AS text, score,
						       COUNT { MATCH (node)-->(w:Work) RETURN DISTINCT w } AS credits""",
						Map.of("q", lucene, "candidates", max * 3))
					.forEachRemaining((r) -> candidates.add(new Candidate(new SearchHit(r.get("id").asString(),
							r.get("name").asString(null), null, null, "person", 0), r.get("text").asString(""),
							r.get("credits").asInt(), r.get("score").asDouble())));
			}
			if (works) {
				tx.run("""
						CALL db.index.fulltext.queryNodes('work_search', $q, {limit: $candidates}) YIELD node, score
						RETURN node.id AS id, node.title AS title, node.year AS year, node.searchText AS text, score""",
						Map.of("q", lucene, "candidates", max * 3))
					.forEachRemaining((r) -> candidates.add(new Candidate(new SearchHit(r.get("id").asString(), null,
							r.get("title").asString(null), r.get("year").as(Integer.class), "work", 0),
							r.get("text").asString(""), 0, r.get("score").asDouble())));
			}
			return null;
		});
		Match query = new Match(folded);
		return candidates.stream()
			.map((candidate) -> candidate.ranked(query))
			.sorted(Comparator.comparingDouble(Ranked::rank)
				.thenComparingInt((Ranked r) -> r.candidate().credits())
				.thenComparingDouble((Ranked r) -> r.candidate().indexScore())
				.reversed()
				.thenComparing((Ranked r) -> r.hit().name() != null ? r.hit().name() : r.hit().title(),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing((Ranked r) -> r.hit().id()))
			.limit(max)
			.map(Ranked::hit)
			.toList();
	}

	/**
	 * Every word must occur: as written (scored highest), as a prefix, with a typo, or by the sound
	 * keys of its syllables.
	 */
	static String luceneQuery(String folded) {
		String[] words = folded.split(" ");
		boolean fuzzy = words.length <= MOST_FUZZY_WORDS;
		return Stream.of(words).map((word) -> wordQuery(word, fuzzy)).collect(Collectors.joining(" AND "));
	}

	private static String wordQuery(String word, boolean fuzzy) {
		List<String> alternatives = new ArrayList<>(List.of(word + "^4", word + "*"));
		int typos = typosAllowed(word);
		if (fuzzy && typos > 0) {
			alternatives.add(word + "~" + typos);
		}
		List<String> keys = SearchText.soundKeys(word);
		if (!keys.isEmpty()) {
			alternatives.add("(" + String.join(" AND ", keys) + ")");
		}
		return "(" + String.join(" OR ", alternatives) + ")";
	}

	/** One typo from three letters on, two from eight; none in Hangul, where a letter is a syllable. */
	private static int typosAllowed(String word) {
		if (word.chars().anyMatch((ch) -> ch >= 0x80)) {
			return 0;
		}
		return (word.length() >= 8) ? 2 : (word.length() >= 3) ? 1 : 0;
	}

	/** A hit as the index found it, with what it is ranked by. */
	private record Candidate(SearchHit hit, String searchText, int credits, double indexScore) {

		Ranked ranked(Match query) {
			double rank = query.rank(this.searchText);
			SearchHit ranked = new SearchHit(this.hit.id(), this.hit.name(), this.hit.title(), this.hit.year(),
					this.hit.type(), rank);
			return new Ranked(ranked, this, rank);
		}

	}

	private record Ranked(SearchHit hit, Candidate candidate, double rank) {
	}

	/** The folded query, ranking the stored search texts it matched. */
	private static final class Match {

		private final String folded;

		private final List<String> words;

		private final List<String> sortedWords;

		Match(String folded) {
			this.folded = folded;
			this.words = List.of(folded.split(" "));
			this.sortedWords = this.words.stream().sorted().toList();
		}

		/**
		 * 100 for an exact name or alias (its words in any order), plus, for each word of the query, 4
		 * when written so, 3 when it sounds the same (a Korean romanisation or Hangul), 2 when it begins
		 * a word, 1 otherwise (a typo).
		 */
		double rank(String searchText) {
			List<String> variants = List.of(searchText.split(Pattern.quote(SearchText.SEPARATOR)));
			boolean exact = variants.contains(this.folded) || variants.stream()
				.anyMatch((variant) -> Stream.of(variant.split(" ")).sorted().toList().equals(this.sortedWords));
			Set<String> stored = Set.copyOf(Arrays.asList(searchText.split(" ")));
			int matched = 0;
			for (String word : this.words) {
				matched += wordMatch(word, stored);
			}
			return (exact ? EXACT : 0) + matched;
		}

		private static int wordMatch(String word, Set<String> stored) {
			if (stored.contains(word)) {
				return 4;
			}
			List<String> keys = SearchText.soundKeys(word);
			if (!keys.isEmpty() && stored.containsAll(keys)) {
				return 3;
			}
			boolean prefix = stored.stream().anyMatch((s) -> !SearchText.isSoundKey(s) && s.startsWith(word));
			return prefix ? 2 : 1;
		}

	}

	/** Whether the hit matched a whole name or alias of its person or work, not just part of one. */
	public static boolean exact(SearchHit hit) {
		return hit.score() >= EXACT;
	}

}
