package org.ensemble.credit;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.COLLECTION;

/** Folding for search, and its fast path for ASCII, which must give exactly what the general path gives. */
class SearchTextTests {

	@Test
	void foldsCaseAccentsPunctuationAndJoinedNames() {
		assertThat(SearchText.of("Lee Chung-hyun", List.of())).isEqualTo("lee chung hyun | lee chunghyun | _i _jong _hyon");
		assertThat(SearchText.of("Zoë  O'Neil", List.of("J.R.R."))).isEqualTo("zoe o neil | zoe oneil | j r r | jrr");
		assertThat(SearchText.of("이충현", List.of())).isEqualTo("이충현 | _i _jong _hyon");
		assertThat(SearchText.fold("  --Jeon, Jong-seo!! ")).isEqualTo("jeon jong seo");
	}

	@Test
	void romanisationsAndHangulOfOneKoreanNameShareTheirSoundKeys() {
		for (String[] spellings : List.of(new String[] { "Jeon Jong-seo", "Jong-seo Jun", "Chun Jongsuh", "전종서" },
				new String[] { "Lee Chung-hyun", "Rhee Choong Hyun", "Yi Chunghyeon", "이충현" },
				new String[] { "Park Yu-rim", "Yoo-rim Pak", "Bak Ryurim", "박유림" },
				new String[] { "Choi Min-sik", "Min-sik Choe", "최민식" })) {
			Set<Set<String>> keys = new HashSet<>();
			for (String spelling : spellings) {
				keys.add(soundKeys(SearchText.of(spelling, List.of())));
			}
			assertThat(keys).as("keys of %s", List.of(spellings)).hasSize(1).first().asInstanceOf(COLLECTION).isNotEmpty();
		}
	}

	@Test
	void namesThatAreNotKoreanGetNoSoundKeys() {
		for (String name : List.of("Tom Hanks", "Tom Holland", "Jean Reno", "Emma Stone", "Meryl Streep", "Chloé Zhao")) {
			assertThat(soundKeys(SearchText.of(name, List.of()))).as(name).isEmpty();
		}
		assertThat(SearchText.soundKeys("hanks")).isEmpty();
		assertThat(SearchText.soundKeys("jongseo")).containsExactly("_jong", "_so");
	}

	private static Set<String> soundKeys(String searchText) {
		Set<String> keys = new HashSet<>(List.of(searchText.split(" ")));
		keys.removeIf((word) -> !SearchText.isSoundKey(word));
		return keys;
	}

	/** The sound keys of Korean names are left out: the folding rules below don't know them. */
	private static String withoutSoundKeys(String searchText) {
		return String.join(SearchText.SEPARATOR, List.of(searchText.split(Pattern.quote(SearchText.SEPARATOR)))
			.stream()
			.filter((variant) -> !SearchText.isSoundKey(variant))
			.toList());
	}

	@Test
	void asciiTextFoldsAsTheGeneralRulesSay() {
		Random random = new Random(20261125);
		String alphabet = "abcXYZ09 -'.,!\t\"_~()/\\|";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(12);
			for (int j = 0; j < length; j++) {
				text.append(random.nextInt(4) == 0 ? (char) random.nextInt(128) : alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String name = text.toString();
			assertThat(SearchText.fold(name)).as("fold of [%s]", name).isEqualTo(ReferenceFolding.fold(name));
			assertThat(withoutSoundKeys(SearchText.of(name, List.of()))).as("variants of [%s]", name).isEqualTo(ReferenceFolding.of(name));
		}
	}

	/** The rules written plainly with Unicode normalisation and regular expressions. */
	private static final class ReferenceFolding {

		static String of(String name) {
			Set<String> variants = new LinkedHashSet<>();
			if (!name.isBlank()) {
				variants.add(fold(name));
				String joined = fold(stripMarks(name).replaceAll("[-'’.·‐‑–]", ""));
				if (!joined.isEmpty()) {
					variants.add(joined);
				}
			}
			return String.join(SearchText.SEPARATOR, variants);
		}

		static String fold(String text) {
			return stripMarks(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		}

		static String stripMarks(String text) {
			return Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""),
					Normalizer.Form.NFC);
		}

	}

}
