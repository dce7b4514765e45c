package org.ensemble.credit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ibm.icu.text.Transliterator;

/**
 * Sound keys of Korean names, so that the spellings of one name meet: "Jeon", "Jun" and "Chun" all
 * give {@code _jon}, "Lee", "Yi" and "Rhee" {@code _i}, "Choong", "Chung", "Jong" and "Jeong"
 * {@code _jong}. Romanisations differ in whole letters (Jeon and Chun are three edits apart), so no
 * typo tolerance finds one from the other; no library we know of maps romanisations onto each
 * other, hence the small tables below. A Latin word is cut into syllables (initial, vowel, final
 * consonant, as the romanisation systems and the usual informal spellings write them), and each
 * syllable is written with coarse classes: plain, tense and aspirated consonants are one class
 * (g/k/kk, d/t, b/p, j/ch), an initial r or l is silent (Ryu is Yu, Lim is Im), and the vowels that
 * romanisations confuse are one class (eo/o/u/oo/eu, yeo/yu/yoo/yo, ae/e, ui/ee/i). Hangul is
 * romanised one syllable at a time by ICU's Hangul-Latin transliterator and keyed the same way.
 * A key starts with {@code _}, which no folded word does, so keys never match a written word.
 */
final class KoreanSyllables {

	/** Initial consonants and their class; the empty initial comes last. */
	private static final Map<String, String> INITIALS = ordered(
			"tch", "j", "jj", "j", "ch", "j", "j", "j", "kk", "k", "gg", "k", "k", "k", "g", "k", "tt", "t",
			"t", "t", "d", "t", "pp", "p", "bb", "p", "p", "p", "b", "p", "ss", "s", "sh", "s", "s", "s",
			"h", "h", "m", "m", "n", "n", "rh", "", "r", "", "l", "", "", "");

	private static final Map<String, String> VOWELS = ordered(
			"yeo", "yo", "yoo", "yo", "you", "yo", "yeu", "yo", "yu", "yo", "yo", "yo", "eo", "o", "woo", "o", "oo", "o",
			"ou", "o", "eu", "o", "u", "o", "o", "o", "wae", "we", "oe", "we", "oi", "we", "we", "we",
			"wa", "wa", "weo", "wo", "wo", "wo", "wi", "wi", "wee", "wi", "eui", "i", "ui", "i", "yi", "i",
			"ee", "i", "i", "i", "ae", "e", "ai", "e", "e", "e", "yae", "ye", "ye", "ye", "ya", "ya", "a", "a");

	/** Final consonants; "rk" is the English spelling of Park. */
	private static final Map<String, String> FINALS = ordered(
			"ng", "ng", "n", "n", "m", "m", "l", "l", "k", "k", "g", "k", "ck", "k", "rk", "k", "p", "p",
			"b", "p", "t", "t", "d", "t", "s", "t", "ss", "t", "j", "t", "ch", "t", "", "");

	/*
	 * The tables by the letter their spellings start with, so that cutting a word tries at each position
	 * only the spellings that can start there (trying all of them, by startsWith, was 60 % of a name's
	 * search text; the import computes one for each of 1.5 M people). Each list keeps its table's order,
	 * the empty spelling where it stands in it, so a word is cut as before.
	 */
	private static final List<List<Map.Entry<String, String>>> INITIALS_AT = byFirstLetter(INITIALS);

	private static final List<List<Map.Entry<String, String>>> VOWELS_AT = byFirstLetter(VOWELS);

	private static final List<List<Map.Entry<String, String>>> FINALS_AT = byFirstLetter(FINALS);

	/** Letters and digits that no romanisation of Korean writes. */
	private static final Pattern NOT_ROMANISED = Pattern.compile("[^abcdeghijklmnoprstuwy]");

	/** Surnames in their common spellings: a Latin name is taken as Korean only with one of them. */
	private static final Set<String> SURNAMES = Stream.of("kim", "gim", "lee", "yi", "rhee", "park", "pak", "bak", "choi",
			"choe", "jung", "jeong", "chung", "kang", "gang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im",
			"yim", "han", "oh", "seo", "suh", "shin", "sin", "kwon", "gwon", "hwang", "ahn", "an", "song", "jeon", "jun",
			"chun", "hong", "yoo", "yu", "ryu", "ko", "go", "moon", "mun", "yang", "son", "bae", "baek", "paik", "heo",
			"hur", "noh", "roh", "nam", "sim", "shim", "ha", "kwak", "gwak", "sung", "seong", "cha", "joo", "ju", "woo",
			"koo", "gu", "min", "na", "jin", "ji", "uhm", "eom", "chae", "won", "bang", "kong", "gong", "hyun", "hyeon",
			"ham", "byun", "byeon", "yeom", "yeo", "choo", "do", "so", "seok", "sun", "seol", "ma", "gil", "yeon", "wi",
			"pyo", "myung", "ki", "ban", "ra", "wang", "geum", "ok", "yook", "maeng", "je", "mo", "tak", "kook", "eun",
			"pyeon", "yong", "bong", "kyung", "tae", "dong")
		.map(KoreanSyllables::latinKeys)
		.filter((keys) -> keys.size() == 1)
		.map(List::getFirst)
		.collect(Collectors.toUnmodifiableSet());

	private static final Transliterator HANGUL_LATIN = Transliterator.getInstance("Hangul-Latin");

	/** There are 11,172 Hangul syllables; each is romanised once. */
	private static final Map<Character, List<String>> HANGUL_KEYS = new ConcurrentHashMap<>();

	private KoreanSyllables() {
	}

	/** A table in a fixed order, so that cutting a word gives the same keys on every run. */
	private static Map<String, String> ordered(String... spellingsAndClasses) {
		Map<String, String> table = new LinkedHashMap<>();
		for (int i = 0; i < spellingsAndClasses.length; i += 2) {
			table.put(spellingsAndClasses[i], spellingsAndClasses[i + 1]);
		}
		return table;
	}

	/**
	 * The keys of a folded word's syllables, or none when the word is not a run of Korean syllables
	 * (as most English words are not).
	 */
	static List<String> keys(String word) {
		if (word.isEmpty()) {
			return List.of();
		}
		if (isHangul(word.charAt(0))) {
			return hangulKeys(word);
		}
		return latinKeys(word);
	}

	/**
	 * Whether folded words look like a Korean name: in Hangul, or every word cut into romanised
	 * syllables with a Korean surname first or last.
	 */
	static boolean isKoreanName(List<String> words) {
		if (words.isEmpty() || words.getFirst().isEmpty()) {
			return false;
		}
		if (words.stream().allMatch((word) -> isHangul(word.charAt(0)))) {
			return words.stream().noneMatch((word) -> keys(word).isEmpty());
		}
		// The surname first: most names fail there, before their other words are cut.
		return (isSurname(words.getFirst()) || isSurname(words.getLast()))
				&& words.stream().noneMatch((word) -> keys(word).isEmpty());
	}

	private static boolean isSurname(String word) {
		List<String> keys = keys(word);
		return keys.size() == 1 && SURNAMES.contains(keys.getFirst());
	}

	private static boolean isHangul(char ch) {
		return ch >= '\uAC00' && ch <= '\uD7A3';
	}

	private static List<String> hangulKeys(String word) {
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < word.length(); i++) {
			char syllable = word.charAt(i);
			if (!isHangul(syllable)) {
				return List.of();
			}
			List<String> key = HANGUL_KEYS.computeIfAbsent(syllable, KoreanSyllables::romanisedKey);
			if (key.isEmpty()) {
				return List.of();
			}
			keys.addAll(key);
		}
		return keys;
	}

	private static List<String> romanisedKey(char syllable) {
		String latin;
		// ICU transliterators are not documented as safe for concurrent use.
		synchronized (HANGUL_LATIN) {
			latin = HANGUL_LATIN.transliterate(String.valueOf(syllable));
		}
		List<String> keys = latinKeys(latin);
		return keys.size() == 1 ? keys : List.of();
	}

	/**
	 * Cuts a word into syllables: fewest syllables first, then the fewest final-consonant letters
	 * (a consonant between two vowels begins the second syllable, as in Korean).
	 */
	private static List<String> latinKeys(String word) {
		if (!NOT_ROMANISED.matcher(word).find()) {
			return cut(word);
		}
		return List.of();
	}

	private static List<String> cut(String word) {
		String letters = withoutLengthMarks(word);
		int n = letters.length();
		int[][] best = new int[n + 1][];
		String[] keyTo = new String[n + 1];
		int[] from = new int[n + 1];
		best[0] = new int[] { 0, 0 };
		for (int start = 0; start < n; start++) {
			if (best[start] == null) {
				continue;
			}
			for (Map.Entry<String, String> initial : startingAt(INITIALS_AT, letters, start)) {
				if (!letters.startsWith(initial.getKey(), start)) {
					continue;
				}
				int afterInitial = start + initial.getKey().length();
				for (Map.Entry<String, String> vowel : startingAt(VOWELS_AT, letters, afterInitial)) {
					if (!letters.startsWith(vowel.getKey(), afterInitial)) {
						continue;
					}
					int afterVowel = afterInitial + vowel.getKey().length();
					for (Map.Entry<String, String> last : startingAt(FINALS_AT, letters, afterVowel)) {
						if (!letters.startsWith(last.getKey(), afterVowel)) {
							continue;
						}
						int end = afterVowel + last.getKey().length();
						int[] cost = { best[start][0] + 1, best[start][1] + last.getKey().length() };
						if (best[end] == null || cheaper(cost, best[end])) {
							best[end] = cost;
							keyTo[end] = "_" + initial.getValue() + vowel.getValue() + last.getValue();
							from[end] = start;
						}
					}
				}
			}
		}
		if (best[n] == null || n == 0) {
			return List.of();
		}
		List<String> keys = new ArrayList<>();
		for (int end = n; end > 0; end = from[end]) {
			keys.addFirst(keyTo[end]);
		}
		return keys;
	}

	/** For each letter a to z, then for the end of a word, the spellings that may start there. */
	private static List<List<Map.Entry<String, String>>> byFirstLetter(Map<String, String> table) {
		List<List<Map.Entry<String, String>>> lists = new ArrayList<>();
		for (int letter = 0; letter <= 26; letter++) {
			char first = (char) ('a' + letter);
			boolean end = letter == 26;
			lists.add(table.entrySet()
				.stream()
				.filter((e) -> e.getKey().isEmpty() || (!end && e.getKey().charAt(0) == first))
				.toList());
		}
		return lists;
	}

	private static List<Map.Entry<String, String>> startingAt(List<List<Map.Entry<String, String>>> table, String letters,
			int at) {
		char ch = (at < letters.length()) ? letters.charAt(at) : 0;
		return (ch >= 'a' && ch <= 'z') ? table.get(ch - 'a') : table.get(26);
	}

	private static boolean cheaper(int[] cost, int[] than) {
		return cost[0] < than[0] || (cost[0] == than[0] && cost[1] < than[1]);
	}

	/** An h after a vowel and before a consonant or the end only lengthens it: Ahn, Oh, Suh. */
	private static String withoutLengthMarks(String word) {
		StringBuilder letters = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char ch = word.charAt(i);
			boolean afterVowel = i > 0 && isVowel(word.charAt(i - 1));
			boolean beforeVowel = i + 1 < word.length() && isVowel(word.charAt(i + 1));
			if (ch == 'h' && afterVowel && !beforeVowel) {
				continue;
			}
			letters.append(ch);
		}
		return letters.toString();
	}

	private static boolean isVowel(char ch) {
		return "aeiouy".indexOf(ch) >= 0;
	}

}
