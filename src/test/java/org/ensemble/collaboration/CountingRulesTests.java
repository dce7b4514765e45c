package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.ensemble.support.GraphTestSupport;
import org.ensemble.support.Requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ensemble.collaboration.HttpCatalog.actor;
import static org.ensemble.collaboration.HttpCatalog.as;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The counting rules of DESIGN.md §2, each through the HTTP API on a catalog made to break it:
 * distinct works, no self pairs, role pairs, topBilled, works without a date, strictly earlier.
 */
class CountingRulesTests extends GraphTestSupport {

	private HttpCatalog catalog;

	@BeforeEach
	void newCatalog() {
		this.catalog = new HttpCatalog(this.mvc);
	}

	// --- distinct works -------------------------------------------------------------------------

	@Test
	void aPersonCastTwiceInOneWorkSharesItOnce() throws Exception {
		this.catalog.work("w1", "2010-01-01", null, as("lee", "director"), actor("jeon", 0), actor("jeon", 3));

		JsonNode lee = collaborators("lee", "");
		assertThat(rows(lee)).containsExactly("jeon x1");
		assertThat(lee.path("total").asInt()).isEqualTo(1);
		assertThat(roles(lee, "jeon")).containsExactly("director>actor");
		assertThat(rows(collaborators("jeon", ""))).containsExactly("lee x1");
		assertThat(pairs(pairings("?minShared=1"))).containsExactly("jeon+lee x1");
		assertThat(pairings("").path("total").asInt()).as("no repeat pairing from one work").isZero();
		assertThat(HttpCatalog.ids(together("jeon,lee", "").path("works"))).containsExactly("w1");
	}

	@Test
	void aDirectorWhoAlsoWritesSharesTheWorkOnceWithBothRolePairs() throws Exception {
		this.catalog.work("w1", "2015-05-01", null, as("bong", "director"), as("bong", "writer"), actor("song", 0));

		JsonNode bong = collaborators("bong", "");
		assertThat(rows(bong)).containsExactly("song x1");
		assertThat(roles(bong, "song")).containsExactlyInAnyOrder("director>actor", "writer>actor");
		JsonNode song = collaborators("song", "");
		assertThat(rows(song)).containsExactly("bong x1");
		assertThat(roles(song, "bong")).containsExactlyInAnyOrder("actor>director", "actor>writer");
		assertThat(rows(collaborators("bong", "?role=writer"))).containsExactly("song x1");
		assertThat(rows(collaborators("bong", "?role=director"))).containsExactly("song x1");
		assertThat(pairs(pairings("?minShared=1"))).containsExactly("bong+song x1");
		assertThat(pairs(pairings("?roles=director,actor&minShared=1"))).containsExactly("bong+song x1");
		assertThat(pairs(pairings("?roles=actor,writer&minShared=1"))).containsExactly("bong+song x1");
		assertThat(credits(together("bong,song", "").path("works").path(0))).containsExactlyInAnyOrder("bong:director",
				"bong:writer", "song:actor");
	}

	@Test
	void coDirectorsPairWithEachOtherAsDirectorAndDirector() throws Exception {
		this.catalog.work("fargo", "1996-03-08", null, as("joel", "director"), as("ethan", "director"), actor("frances", 0));
		this.catalog.work("blood-simple", "1984-09-07", null, as("joel", "director"), as("ethan", "director"),
				actor("frances", 1));

		assertThat(pairs(pairings("?roles=director,director"))).containsExactly("ethan+joel x2");
		assertThat(pairs(pairings("?roles=director,actor"))).containsExactlyInAnyOrder("ethan+frances x2", "frances+joel x2");
		JsonNode joel = collaborators("joel", "");
		assertThat(roles(joel, "ethan")).containsExactly("director>director");
		assertThat(rows(collaborators("joel", "?role=director&with=director"))).containsExactly("ethan x2");
	}

	@Test
	void nobodyPairsWithThemselves() throws Exception {
		this.catalog.work("w1", "2001-01-01", null, as("kitano", "director"), actor("kitano", 0), actor("kishimoto", 1));
		this.catalog.work("w2", "2002-01-01", null, as("kitano", "director"), actor("kitano", 0), as("kitano", "editor"));

		try (var session = this.driver.session()) {
			long selfPairs = session.run("MATCH (p)-[r:COLLABORATED_WITH]-(p) RETURN count(r) AS n").single().get("n").asLong();
			assertThat(selfPairs).isZero();
		}
		JsonNode kitano = collaborators("kitano", "");
		assertThat(rows(kitano)).containsExactly("kishimoto x1");
		assertThat(roles(kitano, "kishimoto")).containsExactlyInAnyOrder("actor>actor", "director>actor");
		assertThat(pairs(pairings("?minShared=1"))).containsExactly("kishimoto+kitano x1");
		assertThat(pairs(pairings("?roles=director,actor&minShared=1"))).containsExactly("kishimoto+kitano x1");
		assertThat(pairs(pairings("?roles=director,editor&minShared=1"))).isEmpty();
		assertThat(BruteForceCollaborations.differences(this.driver)).isEmpty();
	}

	// --- works without a date or year -----------------------------------------------------------

	@Test
	void worksWithoutADateOrYearCountAsSharedButNotInYearWindows() throws Exception {
		undatedThenTwoDatedWorks();

		JsonNode all = collaborators("ana", "");
		assertThat(rows(all)).containsExactly("ben x3");
		assertThat(years(all.path("collaborators").path(0))).isEqualTo("2010-2020");
		assertThat(rows(collaborators("ana", "?from=2000"))).containsExactly("ben x2");
		JsonNode upTo2015 = collaborators("ana", "?to=2015");
		assertThat(rows(upTo2015)).containsExactly("ben x1");
		assertThat(years(upTo2015.path("collaborators").path(0))).isEqualTo("2010-2010");
		assertThat(rows(collaborators("ana", "?role=director&from=2000"))).containsExactly("ben x2");
		assertThat(rows(collaborators("ana", "?role=director"))).containsExactly("ben x3");

		JsonNode pairings = pairings("?minShared=1");
		assertThat(pairs(pairings)).containsExactly("ana+ben x3");
		assertThat(years(pairings.path("pairings").path(0))).isEqualTo("2010-2020");
		assertThat(pairs(pairings("?from=2000"))).containsExactly("ana+ben x2");
		assertThat(pairs(pairings("?to=2015&minShared=1"))).containsExactly("ana+ben x1");
		assertThat(pairs(pairings("?roles=actor,director&from=1900&to=2100"))).containsExactly("ana+ben x2");
		assertThat(pairs(pairings("?roles=actor,director&minShared=3"))).containsExactly("ana+ben x3");
	}

	@Test
	void worksWithoutADateOrYearAreNeverBefore() throws Exception {
		undatedThenTwoDatedWorks();

		assertThat(HttpCatalog.ids(together("ana,ben", "").path("works"))).containsExactlyInAnyOrder("undated", "y2010",
				"y2020");
		assertThat(HttpCatalog.ids(together("ana,ben", "&before=2100-01-01").path("works"))).containsExactly("y2010", "y2020");
		assertThat(HttpCatalog.ids(together("ana,ben", "&beforeWork=y2020").path("works"))).containsExactly("y2010");
		assertThat(HttpCatalog.ids(together("ana,ben", "&beforeWork=undated").path("works")))
			.as("nothing is surely before a work without a date")
			.isEmpty();
		assertThat(DemoReunionsTests.pairs(this.catalog.get("/api/works/y2020/reunions")))
			.containsExactly("ana[director] + ben[actor]: [y2010]");
		assertThat(DemoReunionsTests.pairs(this.catalog.get("/api/works/undated/reunions"))).isEmpty();
	}

	private void undatedThenTwoDatedWorks() throws Exception {
		this.catalog.work("undated", null, null, as("ana", "director"), actor("ben", 0));
		this.catalog.work("y2010", "2010-03-01", null, as("ana", "director"), actor("ben", 0));
		this.catalog.work("y2020", "2020-01-01", null, as("ana", "director"), actor("ben", 0));
	}

	// --- topBilled --------------------------------------------------------------------------------

	/**
	 * Two works with the same team: a director, actors billed 0, 1 and 5, an actor without billing,
	 * and an actor billed 9 who also produces.
	 */
	private void billedTeamOnTwoWorks() throws Exception {
		for (String work : List.of("w1", "w2")) {
			this.catalog.work(work, work.equals("w1") ? "2001-01-01" : "2002-01-01", null, as("e-dir", "director"),
					actor("a-top", 0), actor("b-second", 1), actor("c-fifth", 5), actor("d-unbilled", null),
					actor("g-prod", 9), as("g-prod", "producer"));
		}
	}

	@Test
	void topBilledKeepsOnlyCastCreditsAtTheTopOfTheBillInPairings() throws Exception {
		billedTeamOnTwoWorks();

		assertThat(pairings("").path("total").asInt()).isEqualTo(15);
		assertThat(pairs(pairings("?topBilled=1"))).containsExactlyInAnyOrder("a-top+e-dir x2", "a-top+g-prod x2",
				"e-dir+g-prod x2");
		assertThat(pairs(pairings("?topBilled=2"))).containsExactlyInAnyOrder("a-top+b-second x2", "a-top+e-dir x2",
				"a-top+g-prod x2", "b-second+e-dir x2", "b-second+g-prod x2", "e-dir+g-prod x2");
		assertThat(pairings("?topBilled=6").path("total").asInt()).isEqualTo(10);
		assertThat(pairs(pairings("?topBilled=10000"))).as("an actor without billing never passes a bill limit")
			.noneMatch((pair) -> pair.contains("d-unbilled"))
			.hasSize(10);
	}

	@Test
	void topBilledInARolePairLimitsTheActorCreditsOfThatPair() throws Exception {
		billedTeamOnTwoWorks();

		assertThat(pairings("?roles=actor,actor").path("total").asInt()).isEqualTo(10);
		assertThat(pairs(pairings("?roles=actor,actor&topBilled=2"))).as("g-prod's producer credit is not an actor credit")
			.containsExactly("a-top+b-second x2");
		assertThat(pairs(pairings("?roles=actor,director&topBilled=2"))).containsExactlyInAnyOrder("a-top+e-dir x2",
				"b-second+e-dir x2");
		assertThat(pairs(pairings("?roles=director,producer&topBilled=1"))).containsExactly("e-dir+g-prod x2");
	}

	@Test
	void topBilledKeepsOnlyCastCreditsAtTheTopOfTheBillInCollaborators() throws Exception {
		billedTeamOnTwoWorks();

		assertThat(collaborators("e-dir", "").path("total").asInt()).isEqualTo(5);
		assertThat(rows(collaborators("e-dir", "?topBilled=2"))).containsExactlyInAnyOrder("a-top x2", "b-second x2",
				"g-prod x2");
		assertThat(rows(collaborators("e-dir", "?topBilled=1"))).containsExactlyInAnyOrder("a-top x2", "g-prod x2");
		assertThat(rows(collaborators("a-top", "?topBilled=1"))).containsExactlyInAnyOrder("e-dir x2", "g-prod x2");
		assertThat(rows(collaborators("e-dir", "?with=actor&topBilled=2"))).containsExactlyInAnyOrder("a-top x2",
				"b-second x2");
		assertThat(collaborators("d-unbilled", "?topBilled=100").path("total").asInt())
			.as("an actor without billing is not at the top of any bill")
			.isZero();
		assertThat(collaborators("c-fifth", "?topBilled=5").path("total").asInt()).isZero();
		assertThat(collaborators("c-fifth", "?topBilled=6").path("total").asInt()).isEqualTo(4);
	}

	// --- before -----------------------------------------------------------------------------------

	/** a and b share: 2019-05-01, 2020 (no date), 2020-06-15, 2021-01-01, and an undated work. */
	private void worksAroundMid2020() throws Exception {
		this.catalog.work("may-2019", "2019-05-01", null, as("a", "director"), actor("b", 0));
		this.catalog.work("year-2020", null, 2020, as("a", "director"), actor("b", 0));
		this.catalog.work("june-2020", "2020-06-15", null, as("a", "director"), actor("b", 0));
		this.catalog.work("jan-2021", "2021-01-01", null, as("a", "director"), actor("b", 0));
		this.catalog.work("undated", null, null, as("a", "director"), actor("b", 0));
		this.catalog.work("ref-june-2020", "2020-06-15", null, as("c", "director"));
		this.catalog.work("ref-year-2020", null, 2020, as("c", "director"));
		this.catalog.work("ref-year-2021", null, 2021, as("c", "director"));
	}

	@Test
	void togetherListsSharedWorksEarliestFirst() throws Exception {
		worksAroundMid2020();

		List<String> works = HttpCatalog.ids(together("a,b", "").path("works"));
		assertThat(works).containsExactlyInAnyOrder("may-2019", "year-2020", "june-2020", "jan-2021", "undated");
		assertThat(works.stream().filter((w) -> List.of("may-2019", "june-2020", "jan-2021").contains(w)))
			.containsExactly("may-2019", "june-2020", "jan-2021");
		assertThat(HttpCatalog.ids(together("b,a", "").path("works"))).as("whatever the order of the people")
			.isEqualTo(works);
	}

	@Test
	void collaboratorsPagesCutAnywhereJoinIntoTheWholeList() throws Exception {
		this.catalog.work("w1", null, 2001, as("hub", "director"), as("e", "actor"), as("d", "actor"), as("c", "actor"));
		this.catalog.work("w2", null, 2002, as("hub", "director"), as("e", "actor"), as("b", "actor"));
		this.catalog.work("w3", null, 2003, as("hub", "director"), as("e", "actor"), as("a", "actor"));
		this.catalog.work("w4", null, 2004, as("hub", "director"), as("d", "actor"));

		List<String> whole = rows(collaborators("hub", ""));
		assertThat(whole).containsExactly("e x3", "d x2", "a x1", "b x1", "c x1");
		for (int limit = 1; limit <= 6; limit++) {
			List<String> joined = new ArrayList<>();
			for (int offset = 0; offset < 6; offset += limit) {
				JsonNode page = collaborators("hub", "?limit=" + limit + "&offset=" + offset);
				assertThat(page.path("total").asInt()).isEqualTo(5);
				joined.addAll(rows(page));
			}
			assertThat(joined).as("pages of %d", limit).isEqualTo(whole);
		}
		assertThat(rows(collaborators("hub", "?minShared=2&limit=1&offset=1"))).containsExactly("d x2");
		assertThat(collaborators("hub", "?minShared=2&limit=1").path("total").asInt()).isEqualTo(2);
	}

	@Test
	void togetherOfThreeListsTheWorksOfAllThreeWithEachOnesCreditsOnce() throws Exception {
		this.catalog.work("all-three", null, 2001, as("a", "director"), as("a", "writer"), as("b", "actor"), as("c", "composer"));
		this.catalog.work("a-and-b", null, 2002, as("a", "director"), as("b", "actor"));
		this.catalog.work("a-and-c", null, 2003, as("a", "director"), as("c", "composer"));
		this.catalog.work("b-and-c", null, 2004, as("b", "actor"), as("c", "composer"), as("d", "actor"));

		JsonNode answer = together("c,a,b", "");
		assertThat(HttpCatalog.ids(answer.path("works"))).containsExactly("all-three");
		assertThat(credits(answer.path("works").path(0))).containsExactly("a:director", "a:writer", "b:actor", "c:composer");
		assertThat(HttpCatalog.ids(together("b,c,b", "").path("works"))).as("a person named twice counts once")
			.containsExactly("all-three", "b-and-c");
		assertThat(credits(together("b,c,b", "").path("works").path(1))).containsExactly("b:actor", "c:composer");
	}

	@Test
	void togetherBeforeADateMeansReleasedStrictlyEarlier() throws Exception {
		worksAroundMid2020();

		assertThat(HttpCatalog.ids(together("a,b", "&before=2020-06-15").path("works"))).as("same day is not before")
			.containsExactly("may-2019");
		assertThat(HttpCatalog.ids(together("a,b", "&before=2020-06-16").path("works")))
			.as("a work with only the year 2020 is not surely before 2020-06-16")
			.containsExactly("may-2019", "june-2020");
		assertThat(HttpCatalog.ids(together("a,b", "&before=2021-01-01").path("works"))).containsExactlyInAnyOrder("may-2019",
				"june-2020", "year-2020");
		assertThat(HttpCatalog.ids(together("a,b", "&before=2019-05-01").path("works"))).isEmpty();
	}

	@Test
	void togetherBeforeWorkMeansReleasedStrictlyEarlier() throws Exception {
		worksAroundMid2020();

		assertThat(HttpCatalog.ids(together("a,b", "&beforeWork=ref-june-2020").path("works"))).containsExactly("may-2019");
		assertThat(HttpCatalog.ids(together("a,b", "&beforeWork=june-2020").path("works"))).containsExactly("may-2019");
		assertThat(HttpCatalog.ids(together("a,b", "&beforeWork=ref-year-2020").path("works")))
			.as("same year without a date is not before")
			.containsExactly("may-2019");
		assertThat(HttpCatalog.ids(together("a,b", "&beforeWork=ref-year-2021").path("works")))
			.containsExactlyInAnyOrder("may-2019", "june-2020", "year-2020");
	}

	@Test
	void togetherRolesKeepOnlyCreditsInThoseRoles() throws Exception {
		this.catalog.work("w1", "2001-01-01", null, as("a", "director"), actor("b", 0));
		this.catalog.work("w2", "2002-01-01", null, actor("a", 0), actor("b", 1));

		JsonNode actors = together("a,b", "&roles=actor");
		assertThat(HttpCatalog.ids(actors.path("works"))).containsExactly("w2");
		assertThat(credits(actors.path("works").path(0))).containsExactlyInAnyOrder("a:actor", "b:actor");
		assertThat(HttpCatalog.ids(together("a,b", "&roles=director,actor").path("works"))).containsExactly("w1", "w2");
		assertThat(HttpCatalog.ids(together("a,b", "&roles=director").path("works"))).isEmpty();
		assertThat(HttpCatalog.texts(together("a,b", "").path("people"), "id")).containsExactly("a", "b");
	}

	// --- ordering and pagination --------------------------------------------------------------------

	/**
	 * Mia and Noah share three works; Ann, Bob and Cat two (each pair); Zed and Zoe two; Zed and Al
	 * one. Ids run against names: p1 Zed, p2 Zoe, p3 Ann, p4 Bob, p7 Cat, p5 Mia, p6 Noah, p8 Al.
	 */
	private void pairsToRank() throws Exception {
		this.catalog.name("p1", "Zed").name("p2", "Zoe").name("p3", "Ann").name("p4", "Bob").name("p5", "Mia")
			.name("p6", "Noah").name("p7", "Cat").name("p8", "Al");
		for (int i = 1; i <= 3; i++) {
			this.catalog.work("o" + i, "200" + i + "-01-01", null, as("p5", "director"), actor("p6", 0));
		}
		for (int i = 1; i <= 2; i++) {
			this.catalog.work("z" + i, "201" + i + "-01-01", null, as("p1", "director"), actor("p2", 0));
			this.catalog.work("abc" + i, "201" + i + "-01-01", null, as("p3", "director"), actor("p4", 0), actor("p7", 1));
		}
		this.catalog.work("single", "2020-01-01", null, as("p1", "director"), actor("p8", 0));
	}

	@Test
	void pairingsListMostSharedFirstThenByNames() throws Exception {
		pairsToRank();

		JsonNode page = pairings("");
		assertThat(names(page)).containsExactly("Mia+Noah x3", "Ann+Bob x2", "Ann+Cat x2", "Bob+Cat x2", "Zed+Zoe x2");
		assertThat(page.path("total").asInt()).isEqualTo(5);
		assertThat(names(pairings("?minShared=1"))).endsWith("Al+Zed x1").hasSize(6);
		assertThat(names(pairings("?minShared=3"))).containsExactly("Mia+Noah x3");
	}

	@Test
	void pairingsArePaginatedWithTheTotalOfAllPages() throws Exception {
		pairsToRank();

		List<String> all = names(pairings(""));
		List<String> pages = new ArrayList<>();
		for (int offset = 0; offset < 6; offset += 2) {
			JsonNode page = pairings("?limit=2&offset=" + offset);
			assertThat(page.path("total").asInt()).isEqualTo(5);
			assertThat(page.path("pairings").size()).isEqualTo(offset < 4 ? 2 : 1);
			pages.addAll(names(page));
		}
		assertThat(pages).isEqualTo(all);
		JsonNode beyond = pairings("?limit=2&offset=10");
		assertThat(beyond.path("pairings").size()).isZero();
		assertThat(beyond.path("total").asInt()).isEqualTo(5);
	}

	@Test
	void collaboratorsAreRankedAndPaginatedWithTheTotal() throws Exception {
		pairsToRank();
		this.catalog.work("abc3", "2015-01-01", null, as("p3", "director"), actor("p7", 0));

		assertThat(rows(collaborators("p3", ""))).containsExactly("p7 x3", "p4 x2");
		JsonNode first = collaborators("p3", "?limit=1");
		assertThat(rows(first)).containsExactly("p7 x3");
		assertThat(first.path("total").asInt()).isEqualTo(2);
		JsonNode second = collaborators("p3", "?limit=1&offset=1");
		assertThat(rows(second)).containsExactly("p4 x2");
		assertThat(second.path("total").asInt()).isEqualTo(2);
		assertThat(collaborators("p3", "?offset=2").path("collaborators").size()).isZero();
		assertThat(rows(collaborators("p1", ""))).as("most shared first").containsExactly("p2 x2", "p8 x1");
		this.catalog.work("single2", "2021-01-01", null, as("p1", "director"), actor("p8", 0));
		assertThat(rows(collaborators("p1", ""))).as("ties broken by name: Al before Zoe").containsExactly("p8 x2", "p2 x2");
		assertThat(collaborators("p1", "").path("person").path("name").asString()).isEqualTo("Zed");
	}

	// --- collaborators' filters -----------------------------------------------------------------

	/** D directs 2001 and 2005 and writes 2010; X acts in all three; Y scores 2001; Z acts 2010. */
	private void directorWriterAndTeam() throws Exception {
		this.catalog.work("w2001", "2001-05-01", null, as("d", "director"), actor("x", 0), as("y", "composer"));
		this.catalog.work("w2005", "2005-05-01", null, as("d", "director"), actor("x", 0));
		this.catalog.work("w2010", "2010-05-01", null, as("d", "writer"), actor("x", 0), actor("z", 1));
	}

	@Test
	void collaboratorsFilterByMyRoleAndTheirRole() throws Exception {
		directorWriterAndTeam();

		JsonNode all = collaborators("d", "");
		assertThat(rows(all)).containsExactly("x x3", "y x1", "z x1");
		assertThat(years(all.path("collaborators").path(0))).isEqualTo("2001-2010");
		assertThat(roles(all, "x")).containsExactlyInAnyOrder("director>actor", "writer>actor");

		JsonNode asDirector = collaborators("d", "?role=director");
		assertThat(rows(asDirector)).containsExactly("x x2", "y x1");
		assertThat(years(asDirector.path("collaborators").path(0))).isEqualTo("2001-2005");
		assertThat(roles(asDirector, "x")).containsExactly("director>actor");
		assertThat(rows(collaborators("d", "?role=writer"))).containsExactly("x x1", "z x1");
		assertThat(rows(collaborators("d", "?with=composer"))).containsExactly("y x1");
		assertThat(rows(collaborators("d", "?role=director&with=actor"))).containsExactly("x x2");
		assertThat(rows(collaborators("d", "?role=editor"))).isEmpty();
		assertThat(rows(collaborators("x", "?with=writer"))).containsExactly("d x1");
		assertThat(rows(collaborators("d", "?roles=director,actor"))).as("credits in other roles are left out")
			.containsExactly("x x2");
	}

	@Test
	void collaboratorsMinSharedDropsRareCollaborators() throws Exception {
		directorWriterAndTeam();

		JsonNode frequent = collaborators("d", "?minShared=2");
		assertThat(rows(frequent)).containsExactly("x x3");
		assertThat(frequent.path("total").asInt()).isEqualTo(1);
		assertThat(rows(collaborators("d", "?minShared=3"))).containsExactly("x x3");
		assertThat(rows(collaborators("d", "?minShared=4"))).isEmpty();
		assertThat(rows(collaborators("d", "?role=director&minShared=2"))).containsExactly("x x2");
	}

	@Test
	void collaboratorsYearWindowCountsOnlyWorksReleasedInIt() throws Exception {
		directorWriterAndTeam();

		JsonNode from2004 = collaborators("d", "?from=2004");
		assertThat(rows(from2004)).containsExactly("x x2", "z x1");
		assertThat(years(from2004.path("collaborators").path(0))).isEqualTo("2005-2010");
		assertThat(rows(collaborators("d", "?to=2004"))).containsExactly("x x1", "y x1");
		JsonNode middle = collaborators("d", "?from=2002&to=2008");
		assertThat(rows(middle)).containsExactly("x x1");
		assertThat(years(middle.path("collaborators").path(0))).isEqualTo("2005-2005");
		assertThat(rows(collaborators("d", "?from=2001&to=2001"))).containsExactly("x x1", "y x1");
		assertThat(rows(collaborators("d", "?from=2011"))).isEmpty();
		assertThat(rows(collaborators("d", "?role=writer&from=2004"))).containsExactly("x x1", "z x1");
	}

	/** A row's roles describe the works it counts: outside the window D was a writer, not inside. */
	@Test
	void collaboratorRolesDescribeOnlyTheWorksCountedInTheYearWindow() throws Exception {
		directorWriterAndTeam();

		assertThat(roles(collaborators("d", "?to=2004"), "x")).containsExactly("director>actor");
		assertThat(roles(collaborators("d", "?from=2008"), "x")).containsExactly("writer>actor");
	}

	// --- upkeep on change ---------------------------------------------------------------------------

	@Test
	void changingAWorksYearMovesItsCollaborationToTheNewYear() throws Exception {
		this.catalog.work("w1", "2001-01-01", null, as("a", "director"), actor("b", 0));
		this.catalog.work("w2", "2005-01-01", null, as("a", "director"), actor("b", 0));

		this.catalog.work("w1", "2010-01-01", null, as("a", "director"), actor("b", 0));

		JsonNode a = collaborators("a", "");
		assertThat(rows(a)).containsExactly("b x2");
		assertThat(years(a.path("collaborators").path(0))).isEqualTo("2005-2010");
		assertThat(pairs(pairings("?from=2008&minShared=1"))).containsExactly("a+b x1");
		assertThat(pairs(pairings("?to=2004&minShared=1"))).isEmpty();
		assertThat(BruteForceCollaborations.differences(this.driver)).isEmpty();
	}

	@Test
	void removingAWorksYearLeavesItSharedButOutsideYearWindows() throws Exception {
		this.catalog.work("w1", "2001-01-01", null, as("a", "director"), actor("b", 0));
		this.catalog.work("w2", "2005-01-01", null, as("a", "director"), actor("b", 0));

		this.catalog.work("w1", null, null, as("a", "director"), actor("b", 0));

		JsonNode a = collaborators("a", "");
		assertThat(rows(a)).containsExactly("b x2");
		assertThat(years(a.path("collaborators").path(0))).isEqualTo("2005-2005");
		assertThat(rows(collaborators("a", "?from=1900"))).containsExactly("b x1");
		assertThat(BruteForceCollaborations.differences(this.driver)).isEmpty();
	}

	@Test
	void replacingATeamDropsPairsThatNoLongerShareAWork() throws Exception {
		this.catalog.work("w1", "2001-01-01", null, as("a", "director"), actor("b", 0), actor("c", 1));

		this.catalog.work("w1", "2001-01-01", null, as("a", "director"), actor("b", 0));

		assertThat(rows(collaborators("c", ""))).isEmpty();
		assertThat(rows(collaborators("a", ""))).containsExactly("b x1");
		assertThat(BruteForceCollaborations.differences(this.driver)).isEmpty();
	}

	@Test
	void deletingAWorkTakesItOutOfItsTeamsCollaborations() throws Exception {
		this.catalog.work("w1", "2001-01-01", null, as("a", "director"), actor("b", 0));
		this.catalog.work("w2", "2005-01-01", null, as("a", "director"), actor("b", 0), actor("c", 1));

		this.mvc.perform(Requests.delete("/api/works/w2")).andExpect(status().isNoContent());

		JsonNode a = collaborators("a", "");
		assertThat(rows(a)).containsExactly("b x1");
		assertThat(years(a.path("collaborators").path(0))).isEqualTo("2001-2001");
		assertThat(rows(collaborators("c", ""))).isEmpty();

		this.mvc.perform(Requests.delete("/api/works/w1")).andExpect(status().isNoContent());

		assertThat(rows(collaborators("a", ""))).isEmpty();
		assertThat(pairings("?minShared=1").path("total").asInt()).isZero();
		assertThat(BruteForceCollaborations.relationships(this.driver)).isEmpty();
	}

	// --- reading answers ------------------------------------------------------------------------------

	private JsonNode collaborators(String person, String query) throws Exception {
		return this.catalog.get("/api/people/" + person + "/collaborators" + query);
	}

	private JsonNode pairings(String query) throws Exception {
		return this.catalog.get("/api/pairings" + query);
	}

	private JsonNode together(String people, String query) throws Exception {
		return this.catalog.get("/api/together?people=" + people + query);
	}

	/** Each collaborator as "id xShared", in the answer's order. */
	private static List<String> rows(JsonNode answer) {
		List<String> rows = new ArrayList<>();
		answer.path("collaborators").forEach((row) -> rows.add(row.path("person").path("id").asString() + " x"
				+ row.path("shared").asInt()));
		return rows;
	}

	private static List<String> roles(JsonNode answer, String collaborator) {
		for (JsonNode row : answer.path("collaborators")) {
			if (row.path("person").path("id").asString().equals(collaborator)) {
				return HttpCatalog.strings(row.path("roles"));
			}
		}
		throw new AssertionError(collaborator + " is not among " + answer);
	}

	/** "first-last" of a collaborator or pairing row. */
	private static String years(JsonNode row) {
		return text(row.path("first")) + "-" + text(row.path("last"));
	}

	private static String text(JsonNode value) {
		return (value.isNull() || value.isMissingNode()) ? "null" : value.asString();
	}

	/** Each pairing as "id+id xShared", ids sorted, in the answer's order. */
	private static List<String> pairs(JsonNode answer) {
		List<String> pairs = new ArrayList<>();
		answer.path("pairings").forEach((row) -> {
			Set<String> ids = new TreeSet<>(List.of(row.path("a").path("id").asString(), row.path("b").path("id").asString()));
			pairs.add(String.join("+", ids) + " x" + row.path("shared").asInt());
		});
		return pairs;
	}

	/** Each pairing as "name+name xShared", names sorted, in the answer's order. */
	private static List<String> names(JsonNode answer) {
		List<String> pairs = new ArrayList<>();
		answer.path("pairings").forEach((row) -> {
			Set<String> names = new TreeSet<>(
					List.of(row.path("a").path("name").asString(), row.path("b").path("name").asString()));
			pairs.add(String.join("+", names) + " x" + row.path("shared").asInt());
		});
		return pairs;
	}

	/** A together work's credits as "person:role". */
	private static List<String> credits(JsonNode work) {
		List<String> credits = new ArrayList<>();
		work.path("credits").forEach((c) -> credits.add(c.path("person").asString() + ":" + c.path("role").asString()));
		return credits;
	}

}
