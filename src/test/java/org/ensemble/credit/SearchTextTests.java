package org.ensemble.credit;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding for search, and its fast path for ASCII, which must give exactly what the general path gives. */
class SearchTextTests {

	@Test
	void foldsCaseAccentsPunctuationAndJoinedNames() {
		assertThat(SearchText.of("Lee Chung-hyun", List.of())).isEqualTo("lee chung hyun | lee chunghyun");
		assertThat(SearchText.of("Zoë  O'Neil", List.of("J.R.R."))).isEqualTo("zoe o neil | zoe oneil | j r r | jrr");
		assertThat(SearchText.of("이충현", List.of())).isEqualTo("이충현");
		assertThat(SearchText.fold("  --Jeon, Jong-seo!! ")).isEqualTo("jeon jong seo");
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
			assertThat(SearchText.of(name, List.of())).as("variants of [%s]", name).isEqualTo(ReferenceFolding.of(name));
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
