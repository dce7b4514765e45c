package org.ensemble.credit;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds names for search: lower case, accents dropped, punctuation as spaces, and each hyphenated or
 * dotted name also written joined ("chung-hyun" is found as "chung hyun" and "chunghyun"). Hangul and
 * other scripts are kept as they are.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern JOINERS = Pattern.compile("[-'’.·‐‑–]");

	private SearchText() {
	}

	/** Separates the variants in {@code searchText}; never part of a folded word, so never matched. */
	public static final String SEPARATOR = " | ";

	/** The text stored in {@code searchText}: every folded variant of the names. */
	public static String of(String name, Collection<String> aliases) {
		Set<String> variants = new LinkedHashSet<>();
		addVariants(variants, name);
		if (aliases != null) {
			aliases.forEach((alias) -> addVariants(variants, alias));
		}
		return String.join(SEPARATOR, variants);
	}

	private static void addVariants(Set<String> variants, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		variants.add(fold(text));
		String joined = fold(JOINERS.matcher(stripMarks(text)).replaceAll(""));
		if (!joined.isEmpty()) {
			variants.add(joined);
		}
	}

	/** Lower case, no accents, words separated by single spaces. */
	public static String fold(String text) {
		String stripped = stripMarks(text).toLowerCase(Locale.ROOT);
		return NOT_WORD.matcher(stripped).replaceAll(" ").strip();
	}

	private static String stripMarks(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		// NFC afterwards puts Hangul syllables back together; only combining marks are gone.
		return Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
	}

}
