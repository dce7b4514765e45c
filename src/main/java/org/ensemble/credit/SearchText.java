package org.ensemble.credit;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Folds names for search: lower case, accents dropped, punctuation as spaces, and each hyphenated or
 * dotted name also written joined ("chung-hyun" is found as "chung hyun" and "chunghyun"). Hangul and
 * other scripts are kept as they are. A Korean name (in Hangul, or romanised with a Korean surname)
 * also gets the sound keys of its syllables, so that its other romanisations and its Hangul find it.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");

	private static final Pattern JOINERS = Pattern.compile("[-'’.·‐‑–]");

	private SearchText() {
	}

	/** Separates the variants in {@code searchText}; never part of a folded word, so never matched. */
	public static final String SEPARATOR = " | ";

	/**
	 * The version of what {@link #of} writes: text stored under another version is written again at
	 * start. 2 added the sound keys of Korean names.
	 */
	public static final int VERSION = 2;

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
		String folded = fold(text);
		variants.add(folded);
		String joined = isAscii(text) ? foldAscii(text, true) : fold(JOINERS.matcher(stripMarks(text)).replaceAll(""));
		if (!joined.isEmpty()) {
			variants.add(joined);
		}
		List<String> words = List.of(folded.split(" "));
		if (KoreanSyllables.isKoreanName(words)) {
			variants.add(words.stream().flatMap((word) -> KoreanSyllables.keys(word).stream()).collect(Collectors.joining(" ")));
		}
	}

	/**
	 * The sound keys of a folded query word's syllables, as {@link #of} stores them for Korean names;
	 * none when the word is not a run of romanised or Hangul syllables. A word that is not, but would
	 * be without a doubled letter, is taken as that typo ("Jeonn", "Yurimm").
	 */
	public static List<String> soundKeys(String word) {
		List<String> keys = KoreanSyllables.keys(word);
		if (keys.isEmpty()) {
			String undoubled = DOUBLED.matcher(word).replaceAll("$1");
			return undoubled.equals(word) ? keys : KoreanSyllables.keys(undoubled);
		}
		return keys;
	}

	/** Whether a word of {@code searchText} is a sound key rather than a written word. */
	public static boolean isSoundKey(String word) {
		return word.startsWith("_");
	}

	/** Lower case, no accents, words separated by single spaces. */
	public static String fold(String text) {
		if (isAscii(text)) {
			return foldAscii(text, false);
		}
		String stripped = stripMarks(text).toLowerCase(Locale.ROOT);
		return NOT_WORD.matcher(stripped).replaceAll(" ").strip();
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What {@link #fold} gives for plain ASCII, without the normalisation and regular expressions that
	 * made folding a large part of an import's time: most names in the data are ASCII.
	 * @param dropJoiners whether - ' and . join the letters around them instead of separating them
	 */
	private static String foldAscii(String text, boolean dropJoiners) {
		StringBuilder folded = new StringBuilder(text.length());
		boolean gap = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (dropJoiners && (ch == '-' || ch == '\'' || ch == '.')) {
				continue;
			}
			if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
				folded.append(gap && !folded.isEmpty() ? " " : "").append(ch);
				gap = false;
			}
			else if (ch >= 'A' && ch <= 'Z') {
				folded.append(gap && !folded.isEmpty() ? " " : "").append((char) (ch + ('a' - 'A')));
				gap = false;
			}
			else {
				gap = true;
			}
		}
		return folded.toString();
	}

	private static String stripMarks(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		// NFC afterwards puts Hangul syllables back together; only combining marks are gone.
		return Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
	}

}
