package org.ensemble.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.credit.SearchText;
import org.ensemble.support.GraphTestSupport;
import org.ensemble.support.Requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search as people spell names: a catalog with IMDb's spellings (given name first, its own
 * romanisations), a few aliases and Hangul aliases, English names and namesakes, loaded through
 * {@code PUT /api/works}; and labelled queries as the news, a typist or a Korean reader writes them.
 * Precision at 1 is the share of queries whose first hit is the labelled person.
 */
class SearchPrecisionTests extends GraphTestSupport {

	/** id | name | aliases (comma separated) | credits */
	private static final String PEOPLE = """
			jun-jong-seo | Jong-seo Jun | | 4
			lee-chung-hyun | Chung-hyun Lee | 이충현 | 3
			park-yu-rim | Yoo-rim Park | | 2
			kim-ji-hoon | Kim Ji-hoon | 김지훈 | 6
			kim-ji-hoon-2 | Kim Ji-hoon | | 1
			kim-ji-hyun | Ji-hyun Kim | | 2
			tom-hanks | Tom Hanks | | 5
			tom-holland | Tom Holland | | 3
			tom-hardy | Tom Hardy | | 2
			choi-min-sik | Min-sik Choi | 최민식 | 5
			song-kang-ho | Kang-ho Song | 송강호 | 7
			lee-jung-jae | Jung-jae Lee | Lee Jung Jae | 4
			jung-hae-in | Hae-in Jung | | 2
			park-hae-soo | Hae-soo Park | | 3
			kim-hae-sook | Hae-sook Kim | | 2
			bae-doona | Doona Bae | | 4
			gong-yoo | Yoo Gong | 공유 | 3
			youn-yuh-jung | Youn Yuh-jung | 윤여정 | 3
			ryu-seung-ryong | Seung-ryong Ryu | | 2
			kim-tae-ri | Tae-ri Kim | 김태리 | 3
			kim-min-hee | Min-hee Kim | | 2
			han-so-hee | So-hee Han | | 2
			jeon-do-yeon | Do-yeon Jeon | | 3
			jun-ji-hyun | Ji-hyun Jun | Gianna Jun, 전지현 | 4
			hwang-jung-min | Jung-min Hwang | | 4
			oh-jung-se | Jung-se Oh | | 2
			lee-byung-hun | Byung-hun Lee | 이병헌 | 6
			choi-woo-shik | Woo-sik Choi | | 3
			seo-ye-ji | Ye-ji Seo | | 2
			ahn-hyo-seop | Hyo-seop Ahn | | 2
			park-chan-wook | Chan-wook Park | 박찬욱 | 5
			bong-joon-ho | Joon-ho Bong | 봉준호 | 5
			jung-so-min | So-min Jung | | 2
			yoo-ah-in | Ah-in Yoo | 유아인 | 3
			ma-dong-seok | Dong-seok Ma | Don Lee, 마동석 | 4
			kim-go-eun | Go-eun Kim | | 3
			go-youn-jung | Youn-jung Go | | 2
			shin-min-a | Min-a Shin | | 2
			chris-evans | Chris Evans | | 4
			chris-pratt | Chris Pratt | | 3
			emma-stone | Emma Stone | | 3
			emma-watson | Emma Watson | | 2
			meryl-streep | Meryl Streep | | 3
			john-williams | John Williams | | 6
			john-williams-2 | John Williams | | 1
			""";

	/** query | the person it means; by kind of query. */
	private static final String LABELLED = """
			# the news: surname first
			Jeon Jong-seo | jun-jong-seo
			Lee Chung-hyun | lee-chung-hyun
			Park Yu-rim | park-yu-rim
			Choi Min-sik | choi-min-sik
			Song Kang-ho | song-kang-ho
			Lee Jung-jae | lee-jung-jae
			Jung Hae-in | jung-hae-in
			Park Hae-soo | park-hae-soo
			Bae Doona | bae-doona
			Gong Yoo | gong-yoo
			Ryu Seung-ryong | ryu-seung-ryong
			Kim Tae-ri | kim-tae-ri
			Kim Min-hee | kim-min-hee
			Han So-hee | han-so-hee
			Jeon Do-yeon | jeon-do-yeon
			Jun Ji-hyun | jun-ji-hyun
			Hwang Jung-min | hwang-jung-min
			Oh Jung-se | oh-jung-se
			Lee Byung-hun | lee-byung-hun
			Choi Woo-shik | choi-woo-shik
			Seo Ye-ji | seo-ye-ji
			Ahn Hyo-seop | ahn-hyo-seop
			Park Chan-wook | park-chan-wook
			Bong Joon-ho | bong-joon-ho
			Jung So-min | jung-so-min
			Yoo Ah-in | yoo-ah-in
			Ma Dong-seok | ma-dong-seok
			Kim Go-eun | kim-go-eun
			Go Youn-jung | go-youn-jung
			Shin Min-a | shin-min-a
			# romanisation variants
			Lee Choong Hyun | lee-chung-hyun
			Rhee Chung-hyun | lee-chung-hyun
			Yi Chunghyeon | lee-chung-hyun
			Chun Jong-suh | jun-jong-seo
			Jeon Jongseo | jun-jong-seo
			Park Yoo-rim | park-yu-rim
			Pak Yu-rim | park-yu-rim
			Bak Yurim | park-yu-rim
			Choe Min-sik | choi-min-sik
			Choi Minsik | choi-min-sik
			Song Gang-ho | song-kang-ho
			Song Kangho | song-kang-ho
			Yi Jung-jae | lee-jung-jae
			Lee Jeong-jae | lee-jung-jae
			Jeong Hae-in | jung-hae-in
			Chung Hae-in | jung-hae-in
			Park Hae-su | park-hae-soo
			Bae Du-na | bae-doona
			Kong Yoo | gong-yoo
			Gong Yu | gong-yoo
			Yoon Yeo-jeong | youn-yuh-jung
			Yun Yeo-jeong | youn-yuh-jung
			Yu Seung-ryong | ryu-seung-ryong
			Ryoo Seung-ryong | ryu-seung-ryong
			Kim Tae-ree | kim-tae-ri
			Gim Tae-ri | kim-tae-ri
			Kim Min-hui | kim-min-hee
			Han So-hui | han-so-hee
			Chun Do-yeon | jeon-do-yeon
			Jeon Do-yun | jeon-do-yeon
			Jeon Ji-hyeon | jun-ji-hyun
			Hwang Jeong-min | hwang-jung-min
			Oh Jeong-se | oh-jung-se
			Rhee Byung-hun | lee-byung-hun
			Lee Byeong-heon | lee-byung-hun
			Choi Woo-sik | choi-woo-shik
			Suh Ye-ji | seo-ye-ji
			An Hyo-seop | ahn-hyo-seop
			Ahn Hyo-sub | ahn-hyo-seop
			Pak Chan-wook | park-chan-wook
			Park Chan-uk | park-chan-wook
			Bong Jun-ho | bong-joon-ho
			Pong Joon-ho | bong-joon-ho
			Jeong So-min | jung-so-min
			Yu Ah-in | yoo-ah-in
			Ma Dong-suk | ma-dong-seok
			Kim Go-un | kim-go-eun
			Ko Yoon-jung | go-youn-jung
			Sin Min-a | shin-min-a
			# IMDb's order, or the other order
			Jong-seo Jun | jun-jong-seo
			Chung-hyun Lee | lee-chung-hyun
			Yoo-rim Park | park-yu-rim
			Min-sik Choi | choi-min-sik
			Kang-ho Song | song-kang-ho
			Doona Bae | bae-doona
			Jung-jae Lee | lee-jung-jae
			Seung-ryong Ryu | ryu-seung-ryong
			Chan-wook Park | park-chan-wook
			Joon-ho Bong | bong-joon-ho
			Hanks Tom | tom-hanks
			Streep Meryl | meryl-streep
			Jong-seo Jeon | jun-jong-seo
			# Hangul: an alias, or only the Latin name stored
			이충현 | lee-chung-hyun
			최민식 | choi-min-sik
			송강호 | song-kang-ho
			공유 | gong-yoo
			윤여정 | youn-yuh-jung
			김태리 | kim-tae-ri
			전지현 | jun-ji-hyun
			이병헌 | lee-byung-hun
			박찬욱 | park-chan-wook
			봉준호 | bong-joon-ho
			유아인 | yoo-ah-in
			마동석 | ma-dong-seok
			전종서 | jun-jong-seo
			박유림 | park-yu-rim
			정해인 | jung-hae-in
			배두나 | bae-doona
			한소희 | han-so-hee
			황정민 | hwang-jung-min
			류승룡 | ryu-seung-ryong
			전도연 | jeon-do-yeon
			박해수 | park-hae-soo
			서예지 | seo-ye-ji
			안효섭 | ahn-hyo-seop
			김고은 | kim-go-eun
			신민아 | shin-min-a
			고윤정 | go-youn-jung
			정소민 | jung-so-min
			오정세 | oh-jung-se
			이정재 | lee-jung-jae
			김민희 | kim-min-hee
			최우식 | choi-woo-shik
			# typos
			Tom Hnaks | tom-hanks
			Tom Hankss | tom-hanks
			Tom Holand | tom-holland
			Tom Hollnd | tom-holland
			Tom Hrady | tom-hardy
			Meryl Strep | meryl-streep
			Meril Streep | meryl-streep
			Emma Stoen | emma-stone
			Emma Watsn | emma-watson
			Chris Evnas | chris-evans
			Chris Prat | chris-pratt
			Jong-seo Jeonn | jun-jong-seo
			Jeon Jongseoo | jun-jong-seo
			Lee Chunghyn | lee-chung-hyun
			Park Yurimm | park-yu-rim
			Song Kangoh | song-kang-ho
			Choi Minsk | choi-min-sik
			Bong Jonho | bong-joon-ho
			Park Chanwok | park-chan-wook
			Hwang Jungmni | hwang-jung-min
			Jnu Jong-seo | jun-jong-seo
			# namesakes: the one with more credits first
			Kim Ji-hoon | kim-ji-hoon
			Ji-hoon Kim | kim-ji-hoon
			김지훈 | kim-ji-hoon
			Kim Jihoon | kim-ji-hoon
			Kim Ji-hun | kim-ji-hoon
			Gim Ji-hoon | kim-ji-hoon
			Kim Jihon | kim-ji-hoon
			John Williams | john-williams
			Williams John | john-williams
			John Wiliams | john-williams
			# English names and partial names
			Tom Hanks | tom-hanks
			tom holland | tom-holland
			TOM HARDY | tom-hardy
			Meryl Streep | meryl-streep
			Emma Stone | emma-stone
			Emma Watson | emma-watson
			Chris Evans | chris-evans
			Chris Pratt | chris-pratt
			Hanks | tom-hanks
			Holland | tom-holland
			jeon jong | jun-jong-seo
			Lee Chung | lee-chung-hyun
			Park Chan | park-chan-wook
			Bong Joon | bong-joon-ho
			Gianna Jun | jun-ji-hyun
			Don Lee | ma-dong-seok
			""";

	private static final double REQUIRED_PRECISION = 0.95;

	@Autowired
	private SearchTextRefresh refresh;

	@BeforeEach
	void loadCatalog() throws Exception {
		List<String[]> people = rows(PEOPLE);
		int films = people.stream().mapToInt((p) -> Integer.parseInt(p[3])).max().orElseThrow();
		for (int film = 0; film < films; film++) {
			int number = film;
			String credits = people.stream()
				.filter((p) -> Integer.parseInt(p[3]) > number)
				.map((p) -> """
						{"person": {"id": "%s", "name": "%s", "aliases": [%s]}, "role": "actor"}""".formatted(p[0], p[1],
						aliases(p[2]).stream().map((alias) -> '"' + alias + '"').collect(Collectors.joining(", "))))
				.collect(Collectors.joining(",\n"));
			this.mvc.perform(Requests.putJson("/api/works/fixture:film-" + film, """
					{"title": "Fixture film %d", "kind": "movie", "year": %d, "credits": [%s]}""".formatted(film, 2001 + film,
					credits)))
				.andExpect(status().isCreated());
		}
	}

	@Test
	void theLabelledQueriesFindTheirPersonFirst() throws Exception {
		Map<String, int[]> byKind = new LinkedHashMap<>();
		List<String> misses = new ArrayList<>();
		String kind = "";
		int queries = 0;
		int hits = 0;
		for (String line : LABELLED.strip().split("\n")) {
			if (line.startsWith("#")) {
				kind = line.substring(1).strip();
				continue;
			}
			String[] labelled = line.split("\\|");
			String query = labelled[0].strip();
			String expected = labelled[1].strip();
			String body = this.mvc.perform(get("/api/search").param("q", query).param("limit", "5"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> ids = JsonPath.read(body, "$.hits[*].id");
			boolean first = !ids.isEmpty() && ids.getFirst().equals(expected);
			int[] counts = byKind.computeIfAbsent(kind, (k) -> new int[2]);
			counts[0]++;
			queries++;
			if (first) {
				counts[1]++;
				hits++;
			}
			else {
				misses.add(query + " -> " + ids + " (expected " + expected + ")");
			}
		}
		double precision = (double) hits / queries;
		StringBuilder report = new StringBuilder("Search precision@1: %d of %d = %.3f%n".formatted(hits, queries, precision));
		byKind.forEach((k, counts) -> report.append("  %-45s %d / %d%n".formatted(k, counts[1], counts[0])));
		misses.forEach((miss) -> report.append("  miss: ").append(miss).append('\n'));
		System.out.print(report);
		assertThat(queries).isGreaterThanOrEqualTo(100);
		assertThat(precision).as(report.toString()).isGreaterThanOrEqualTo(REQUIRED_PRECISION);
	}

	@Test
	void aNamesakeWithMoreCreditsRanksFirst() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "Kim Ji-hoon").param("type", "person"))
			.andExpect(jsonPath("$.hits[0].id").value("kim-ji-hoon"))
			.andExpect(jsonPath("$.hits[1].id").value("kim-ji-hoon-2"));
		this.mvc.perform(get("/api/search").param("q", "John Williams"))
			.andExpect(jsonPath("$.hits[0].id").value("john-williams"))
			.andExpect(jsonPath("$.hits[1].id").value("john-williams-2"));
	}

	@Test
	void hangulFindsAPersonStoredInLatinLettersOnly() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "전종서"))
			.andExpect(jsonPath("$.hits[0].id").value("jun-jong-seo"))
			.andExpect(jsonPath("$.hits[0].name").value("Jong-seo Jun"));
	}

	@Test
	void anExactSpellingRanksAboveASoundAlike() throws Exception {
		// "Jeon" is written so in Jeon Do-yeon's name and only sounds so in Jun Jong-seo's.
		this.mvc.perform(get("/api/search").param("q", "jeon").param("type", "person"))
			.andExpect(jsonPath("$.hits[0].id").value("jeon-do-yeon"))
			.andExpect(jsonPath("$.hits[*].id", hasItem("jun-jong-seo")));
	}

	@Test
	void searchTextsWrittenByAnOlderVersionAreWrittenAgain() throws Exception {
		try (Session session = this.driver.session()) {
			// As the first version wrote it, with no version marker.
			session.run("""
					MATCH (p:Person {id: 'jun-jong-seo'}) SET p.searchText = 'jong seo jun | jongseo jun'
					WITH p OPTIONAL MATCH (s:__EnsembleState {name: 'searchText'}) DELETE s""").consume();
		}
		this.mvc.perform(get("/api/search").param("q", "Jeon Jong-seo"))
			.andExpect(jsonPath("$.hits[*].id", not(hasItem("jun-jong-seo"))));
		assertThat(this.refresh.isCurrent()).isFalse();

		this.refresh.afterPropertiesSet();

		assertThat(this.refresh.isCurrent()).isTrue();
		this.mvc.perform(get("/api/search").param("q", "Jeon Jong-seo"))
			.andExpect(jsonPath("$.hits[0].id").value("jun-jong-seo"));
		try (Session session = this.driver.session()) {
			assertThat(session.run("MATCH (p:Person {id: 'jun-jong-seo'}) RETURN p.searchText AS text").single().get("text").asString())
				.isEqualTo(SearchText.of("Jong-seo Jun", List.of()));
		}
	}

	private static List<String[]> rows(String table) {
		return table.strip().lines().map((line) -> line.split("\\|", -1)).map((cells) -> {
			for (int i = 0; i < cells.length; i++) {
				cells[i] = cells[i].strip();
			}
			return cells;
		}).toList();
	}

	private static List<String> aliases(String cell) {
		return cell.isEmpty() ? List.of() : List.of(cell.split("\\s*,\\s*"));
	}

}
