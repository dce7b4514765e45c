package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ensemble.collaboration.HttpCatalog.actor;
import static org.ensemble.collaboration.HttpCatalog.as;

/**
 * Pairings of two different roles are ordered: {@code roles=director,actor} counts, for each director
 * a and actor b, the works that a directed and b acted in, and answers a first, whichever of the two
 * has the smaller id. Two people who each directed the other once are two pairings of one work each,
 * not one of two works, both from the counters and from the recount that a year window or a bill limit
 * needs; {@code (r, r)} pairs stay one unordered pair, the smaller id first. A person's collaborators
 * filtered by role and with follow the same rule.
 */
class OrderedPairingsTests extends GraphTestSupport {

	private HttpCatalog catalog;

	@BeforeEach
	void newCatalog() {
		this.catalog = new HttpCatalog(this.mvc);
	}

	/** Ann directs Bob in 2001, Bob directs Ann in 2005; Cal and Dee act together twice. */
	private void eachDirectsTheOtherOnce() throws Exception {
		this.catalog.name("ann", "Ann").name("bob", "Bob").name("cal", "Zed Cal").name("dee", "Abe Dee");
		this.catalog.work("w1", "2001-03-01", null, as("ann", "director"), actor("bob", 0));
		this.catalog.work("w2", "2005-03-01", null, as("bob", "director"), actor("ann", 0));
		this.catalog.work("w3", "2010-03-01", null, actor("cal", 0), actor("dee", 1));
		this.catalog.work("w4", "2012-03-01", null, actor("dee", 0), actor("cal", 1));
	}

	@Test
	void twoPeopleWhoEachDirectedTheOtherOnceAreTwoDirectorActorPairingsOfOneWork() throws Exception {
		eachDirectsTheOtherOnce();

		JsonNode directorActor = pairings("?roles=director,actor&minShared=1");
		assertThat(rows(directorActor)).containsExactly("ann>bob x1 2001-2001", "bob>ann x1 2005-2005");
		assertThat(directorActor.path("total").asInt()).isEqualTo(2);
		JsonNode repeated = pairings("?roles=director,actor");
		assertThat(rows(repeated)).as("no director-actor pair shares two works").isEmpty();
		assertThat(repeated.path("total").asInt()).isZero();
		assertThat(pairings("?roles=director,actor&minShared=2").path("total").asInt()).isZero();

		JsonNode actorDirector = pairings("?roles=actor,director&minShared=1");
		assertThat(rows(actorDirector)).as("the actor first").containsExactly("ann>bob x1 2005-2005", "bob>ann x1 2001-2001");
		assertThat(actorDirector.path("total").asInt()).isEqualTo(2);

		assertThat(rows(pairings("?minShared=2"))).as("any roles: one unordered pair per two people")
			.containsExactly("dee>cal x2 2010-2012", "ann>bob x2 2001-2005");
		assertThat(BruteForceCollaborations.differences(this.driver)).isEmpty();
	}

	@Test
	void aPairInOneRoleTwiceStaysOneUnorderedPairWithTheFirstNameFirst() throws Exception {
		eachDirectsTheOtherOnce();

		for (String filters : List.of("", "&minShared=1", "&from=1900&to=2100", "&topBilled=5")) {
			JsonNode actors = pairings("?roles=actor,actor" + filters);
			assertThat(rows(actors)).as(filters).containsExactly("dee>cal x2 2010-2012");
			assertThat(names(actors)).as("by name, though cal's id sorts before dee's").containsExactly("Abe Dee>Zed Cal");
			assertThat(actors.path("total").asInt()).as(filters).isEqualTo(1);
		}
		assertThat(rows(pairings("?roles=director,director&minShared=1"))).isEmpty();
	}

	@Test
	void theRecountForAYearWindowOrABillLimitKeepsTheOrder() throws Exception {
		eachDirectsTheOtherOnce();

		for (String filters : List.of("&from=1900", "&to=2100", "&from=1900&to=2100", "&topBilled=1",
				"&from=2001&to=2005&topBilled=3")) {
			JsonNode directorActor = pairings("?roles=director,actor&minShared=1" + filters);
			assertThat(rows(directorActor)).as(filters).containsExactly("ann>bob x1 2001-2001", "bob>ann x1 2005-2005");
			assertThat(directorActor.path("total").asInt()).as(filters).isEqualTo(2);
			JsonNode actorDirector = pairings("?roles=actor,director&minShared=1" + filters);
			assertThat(rows(actorDirector)).as(filters).containsExactly("ann>bob x1 2005-2005", "bob>ann x1 2001-2001");
			assertThat(actorDirector.path("total").asInt()).as(filters).isEqualTo(2);
			assertThat(pairings("?roles=director,actor" + filters).path("total").asInt()).as(filters).isZero();
		}
		assertThat(rows(pairings("?roles=director,actor&minShared=1&from=2003"))).as("only Bob's work is in the window")
			.containsExactly("bob>ann x1 2005-2005");
		assertThat(rows(pairings("?roles=director,actor&minShared=1&to=2003"))).as("only Ann's work is in the window")
			.containsExactly("ann>bob x1 2001-2001");
		assertThat(rows(pairings("?roles=actor,director&minShared=1&from=2003"))).containsExactly("ann>bob x1 2005-2005");
	}

	@Test
	void countsAddUpPerDirectionOnly() throws Exception {
		this.catalog.name("eve", "Eve").name("fay", "Fay");
		this.catalog.work("v1", "1990-01-01", null, as("fay", "director"), actor("eve", 0));
		this.catalog.work("v2", "1994-01-01", null, as("fay", "director"), actor("eve", 0));
		this.catalog.work("v3", "1998-01-01", null, as("eve", "director"), actor("fay", 2));

		for (String filters : List.of("", "&from=1900")) {
			JsonNode repeated = pairings("?roles=director,actor" + filters);
			assertThat(rows(repeated)).as(filters).containsExactly("fay>eve x2 1990-1994");
			assertThat(repeated.path("total").asInt()).as(filters).isEqualTo(1);
			assertThat(rows(pairings("?roles=actor,director" + filters))).as(filters).containsExactly("eve>fay x2 1990-1994");
			assertThat(rows(pairings("?roles=director,actor&minShared=1" + filters))).as(filters)
				.containsExactly("fay>eve x2 1990-1994", "eve>fay x1 1998-1998");
			assertThat(rows(pairings("?roles=director,actor&minShared=3" + filters))).as(filters).isEmpty();
		}
		assertThat(rows(pairings("?roles=director,actor&minShared=1&topBilled=1"))).as("Fay billed third on v3")
			.containsExactly("fay>eve x2 1990-1994");
		assertThat(rows(pairings("?minShared=3"))).containsExactly("eve>fay x3 1990-1998");
	}

	@Test
	void collaboratorsByRoleAndWithFollowTheSameOrder() throws Exception {
		eachDirectsTheOtherOnce();

		JsonNode annDirecting = collaborators("ann", "?role=director&with=actor");
		assertThat(collaboratorRows(annDirecting)).containsExactly("bob x1 2001-2001 [director>actor]");
		assertThat(annDirecting.path("total").asInt()).isEqualTo(1);
		JsonNode bobDirecting = collaborators("bob", "?role=director&with=actor");
		assertThat(collaboratorRows(bobDirecting)).containsExactly("ann x1 2005-2005 [director>actor]");
		assertThat(bobDirecting.path("total").asInt()).isEqualTo(1);
		assertThat(collaboratorRows(collaborators("ann", "?role=actor&with=director")))
			.containsExactly("bob x1 2005-2005 [actor>director]");
		assertThat(collaboratorRows(collaborators("ann", "?role=director"))).containsExactly("bob x1 2001-2001 [director>actor]");
		assertThat(collaboratorRows(collaborators("ann", "?with=director"))).containsExactly("bob x1 2005-2005 [actor>director]");
		assertThat(collaboratorRows(collaborators("ann", "?role=director&with=actor&minShared=2"))).isEmpty();
		assertThat(collaboratorRows(collaborators("ann", "?role=director&with=actor&from=2003"))).isEmpty();
		assertThat(collaboratorRows(collaborators("ann", "?role=director&with=director"))).isEmpty();
		assertThat(collaboratorRows(collaborators("ann", ""))).as("unfiltered: both works, both role pairs")
			.containsExactly("bob x2 2001-2005 [actor>director, director>actor]");
		assertThat(collaboratorRows(collaborators("cal", "?role=actor&with=actor"))).containsExactly("dee x2 2010-2012 [actor>actor]");
		assertThat(collaboratorRows(collaborators("dee", "?role=actor&with=actor"))).containsExactly("cal x2 2010-2012 [actor>actor]");
	}

	private JsonNode pairings(String query) throws Exception {
		return this.catalog.get("/api/pairings" + query);
	}

	private JsonNode collaborators(String person, String query) throws Exception {
		return this.catalog.get("/api/people/" + person + "/collaborators" + query);
	}

	/** "a>b xN first-last", a being the person in the first role. */
	private static List<String> rows(JsonNode answer) {
		List<String> rows = new ArrayList<>();
		answer.path("pairings").forEach((row) -> rows.add(row.path("a").path("id").asString() + ">"
				+ row.path("b").path("id").asString() + " x" + row.path("shared").asInt() + " " + years(row)));
		return rows;
	}

	private static List<String> names(JsonNode answer) {
		List<String> names = new ArrayList<>();
		answer.path("pairings").forEach((row) -> names.add(row.path("a").path("name").asString() + ">"
				+ row.path("b").path("name").asString()));
		return names;
	}

	/** "id xN first-last [role pairs]". */
	private static List<String> collaboratorRows(JsonNode answer) {
		List<String> rows = new ArrayList<>();
		answer.path("collaborators").forEach((row) -> rows.add(row.path("person").path("id").asString() + " x"
				+ row.path("shared").asInt() + " " + years(row) + " " + HttpCatalog.strings(row.path("roles"))));
		return rows;
	}

	private static String years(JsonNode row) {
		return text(row.path("first")) + "-" + text(row.path("last"));
	}

	private static String text(JsonNode value) {
		return (value.isNull() || value.isMissingNode()) ? "null" : value.asString();
	}

}
