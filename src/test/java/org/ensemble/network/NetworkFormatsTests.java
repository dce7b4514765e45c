package org.ensemble.network;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.ensemble.catalog.CreditInput;
import org.ensemble.catalog.PersonInput;
import org.ensemble.catalog.WorkInput;
import org.ensemble.catalog.WorkWrites;
import org.ensemble.credit.Role;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/network} and {@code GET /api/works/{id}/network}: the subgraph (depth, limit,
 * minShared, roles, works) and every export format, each read back by a real parser and compared with
 * the JSON form. The fixture's ties around s:
 *
 * <pre>
 * s–a 3 (2001–2005)   s–b 2 (2001–2005)   a–b 2   s–c 1   s–f 1   a–f 1   b–f 1      depth 1
 * a–d 2 (2009–2010)                                                                  depth 2
 * d–e 1 (2012)                                                                       depth 3
 * x–y 1                                                                               unrelated
 * </pre>
 */
class NetworkFormatsTests extends GraphTestSupport {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

	private static final String GEXF = "http://gexf.net/1.3";

	@Autowired
	private WorkWrites works;

	@BeforeEach
	void fixture() {
		work("w1", 2001, credit("s", Role.DIRECTOR), credit("a", Role.ACTOR), credit("b", Role.ACTOR));
		work("w2", 2003, credit("s", Role.DIRECTOR), credit("a", Role.ACTOR));
		work("w3", 2005, credit("s", Role.WRITER), credit("a", Role.ACTOR), credit("b", Role.COMPOSER), credit("f", Role.ACTOR));
		work("w4", 2007, credit("s", Role.PRODUCER), credit("c", Role.ACTOR));
		work("w5", 2009, credit("a", Role.ACTOR), credit("d", Role.ACTOR));
		work("w6", 2010, credit("a", Role.ACTOR), credit("d", Role.ACTOR));
		work("w7", 2012, credit("d", Role.DIRECTOR), credit("e", Role.ACTOR));
		work("w8", 2014, credit("x", Role.ACTOR), credit("y", Role.ACTOR));
	}

	// ---- the subgraph

	@Test
	void depthOneDrawsTheSeedsCollaboratorsAndTheTiesAmongThem() throws Exception {
		JsonNode graph = jsonGraph(network("people", "s"));

		assertThat(nodeIds(graph)).containsExactly("s", "a", "b", "c", "f");
		assertThat(edges(graph)).containsExactlyInAnyOrder("a|b 2", "a|f 1", "a|s 3", "b|f 1", "b|s 2", "c|s 1", "f|s 1");
		assertThat(graph.get("truncated").asBoolean()).isFalse();
		JsonNode sa = edge(graph, "a", "s");
		assertThat(sa.get("first").asInt()).isEqualTo(2001);
		assertThat(sa.get("last").asInt()).isEqualTo(2005);
		JsonNode s = graph.get("nodes").get(0);
		assertThat(s.get("label").asString()).isEqualTo("Person s");
		assertThat(s.get("type").asString()).isEqualTo("person");
		assertThat(s.get("seed").asBoolean()).isTrue();
		assertThat(graph.get("nodes").get(1).get("seed").asBoolean()).isFalse();
	}

	@Test
	void depthZeroDrawsOnlyThePeopleAskedForAndTheirTies() throws Exception {
		JsonNode team = jsonGraph(network("people", "s,b,d", "depth", "0"));

		assertThat(nodeIds(team)).containsExactlyInAnyOrder("s", "b", "d");
		assertThat(edges(team)).containsExactly("b|s 2");
		assertThat(team.get("truncated").asBoolean()).isFalse();
	}

	@Test
	void everyPersonCarriesTheRoleOfMostOfTheirCredits() throws Exception {
		Map<String, String> mainRoles = new HashMap<>();
		jsonGraph(network("people", "s", "depth", "3")).get("nodes")
			.forEach((n) -> mainRoles.put(n.get("id").asString(), n.get("mainRole").asString()));

		// s directed two works, wrote one, produced one; b acted once and scored once: the first role of
		// the enum wins a tie; d acted twice and directed once
		assertThat(mainRoles).containsEntry("s", "director").containsEntry("a", "actor").containsEntry("b", "actor")
			.containsEntry("d", "actor").containsEntry("e", "actor");
	}

	@Test
	void pairingsTrueDrawsTheRepeatPairingsOfTheWholeGraph() throws Exception {
		JsonNode all = jsonGraph(network("pairings", "true"));
		assertThat(edges(all)).containsExactlyInAnyOrder("a|s 3", "a|b 2", "b|s 2", "a|d 2");
		assertThat(nodeIds(all)).containsExactlyInAnyOrder("s", "a", "b", "d");
		assertThat(all.get("truncated").asBoolean()).isFalse();

		// the same pairs as GET /api/pairings answers for the same question
		JsonNode directing = jsonGraph(network("pairings", "true", "roles", "director,actor", "minShared", "1", "to", "2004"));
		JsonNode asked = json.readTree(this.mvc.perform(get("/api/pairings").param("roles", "director,actor")
			.param("minShared", "1").param("to", "2004")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		List<String> pairs = new ArrayList<>();
		asked.get("pairings").forEach((p) -> {
			String a = p.get("a").get("id").asString();
			String b = p.get("b").get("id").asString();
			pairs.add(((a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a) + " " + p.get("shared").asInt());
		});
		assertThat(pairs).isNotEmpty();
		assertThat(edges(directing)).containsExactlyInAnyOrderElementsOf(pairs).containsExactlyInAnyOrder("a|s 2", "b|s 1");
		assertThat(edge(directing, "a", "s").get("first").asInt()).isEqualTo(2001);
		assertThat(edge(directing, "a", "s").get("last").asInt()).isEqualTo(2003);
	}

	@Test
	void pairingsParametersAreCheckedAndOnlyGoWithPairings() throws Exception {
		this.mvc.perform(get("/api/network").param("pairings", "true").param("people", "s"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("people"));
		this.mvc.perform(get("/api/network").param("pairings", "true").param("roles", "director"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("roles"));
		this.mvc.perform(get("/api/network").param("pairings", "true").param("from", "2010").param("to", "2000"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("from"));
		this.mvc.perform(get("/api/network").param("people", "s").param("from", "2000"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("from"));
	}

	@Test
	void eachDepthReachesOneCollaborationFurther() throws Exception {
		assertThat(nodeIds(jsonGraph(network("people", "s", "depth", "2")))).containsExactlyInAnyOrder("s", "a", "b", "c", "f", "d");
		JsonNode three = jsonGraph(network("people", "s", "depth", "3"));
		assertThat(nodeIds(three)).containsExactlyInAnyOrder("s", "a", "b", "c", "f", "d", "e");
		assertThat(edges(three)).contains("a|d 2", "d|e 1").doesNotContain("x|y 1");
	}

	@Test
	void minSharedDropsWeakerTiesFromTheWalkAndTheDrawing() throws Exception {
		JsonNode graph = jsonGraph(network("people", "s", "depth", "3", "minShared", "2"));

		assertThat(nodeIds(graph)).containsExactlyInAnyOrder("s", "a", "b", "d");
		assertThat(edges(graph)).containsExactlyInAnyOrder("a|s 3", "b|s 2", "a|b 2", "a|d 2");
	}

	@Test
	void aLimitKeepsTheSeedsAndTheStrongestTiesAndSaysItCut() throws Exception {
		JsonNode two = jsonGraph(network("people", "s", "limit", "2"));
		assertThat(nodeIds(two)).containsExactly("s", "a");
		assertThat(edges(two)).containsExactly("a|s 3");
		assertThat(two.get("truncated").asBoolean()).isTrue();

		JsonNode three = jsonGraph(network("people", "s", "limit", "3"));
		assertThat(nodeIds(three)).containsExactly("s", "a", "b");
		assertThat(three.get("truncated").asBoolean()).isTrue();

		// exactly room for depth 1, but depth 2 has more: cut
		JsonNode five = jsonGraph(network("people", "s", "limit", "5", "depth", "2"));
		assertThat(nodeIds(five)).containsExactlyInAnyOrder("s", "a", "b", "c", "f");
		assertThat(five.get("truncated").asBoolean()).isTrue();
		// exactly room for everything there is: not cut
		assertThat(jsonGraph(network("people", "s", "limit", "5")).get("truncated").asBoolean()).isFalse();

		// seeds are kept even beyond the limit
		JsonNode seeds = jsonGraph(network("people", "s,x", "limit", "1"));
		assertThat(nodeIds(seeds)).containsExactly("s", "x");
		assertThat(seeds.get("truncated").asBoolean()).isTrue();
	}

	@Test
	void equallyStrongTiesAreKeptByNameAsTheCollaboratorsListNamesThem() throws Exception {
		work("w9", 2015, credit("t", "Tom", Role.DIRECTOR), credit("t1", "Zoe", Role.ACTOR), credit("t2", "Abe", Role.ACTOR),
				credit("t3", "Mia", Role.ACTOR));

		JsonNode three = jsonGraph(network("people", "t", "limit", "3"));
		assertThat(nodeIds(three)).as("one shared work each: by name, not by id").containsExactly("t", "t2", "t3");
		assertThat(three.get("truncated").asBoolean()).isTrue();
		List<String> listed = new ArrayList<>();
		json.readTree(this.mvc.perform(get("/api/people/t/collaborators").param("limit", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).get("collaborators").forEach((c) -> listed.add(c.get("person").get("id").asString()));
		assertThat(listed).containsExactly("t2", "t3");

		// with roles, ties come from the credits: the same rule keeps the same people
		JsonNode directing = jsonGraph(network("people", "t", "limit", "3", "roles", "director,actor"));
		assertThat(nodeIds(directing)).as("by name, with roles").containsExactly("t", "t2", "t3");
		assertThat(directing.get("truncated").asBoolean()).isTrue();
	}

	@Test
	void rolesCountOnlyWorksWhereBothAreCreditedInThem() throws Exception {
		JsonNode actors = jsonGraph(network("people", "a", "roles", "actor"));
		// s never acted; b acted with a only on w1 (on w3 b composed)
		assertThat(nodeIds(actors)).containsExactlyInAnyOrder("a", "b", "d", "f");
		assertThat(edges(actors)).containsExactlyInAnyOrder("a|b 1", "a|d 2", "a|f 1");
		assertThat(edge(actors, "a", "d").get("first").asInt()).isEqualTo(2009);
		assertThat(edge(actors, "a", "d").get("last").asInt()).isEqualTo(2010);

		JsonNode directing = jsonGraph(network("people", "s", "roles", "director,actor"));
		assertThat(edges(directing)).containsExactlyInAnyOrder("a|s 2", "b|s 1", "a|b 1");
	}

	@Test
	void worksTrueAddsTheSharedWorksWithTheirCredits() throws Exception {
		JsonNode graph = jsonGraph(network("people", "s", "works", "true"));

		assertThat(nodeIds(graph)).containsExactly("s", "a", "b", "c", "f", "w3", "w1", "w2", "w4");
		JsonNode w3 = graph.get("nodes").get(5);
		assertThat(w3.get("type").asString()).isEqualTo("work");
		assertThat(w3.get("label").asString()).isEqualTo("Work w3");
		assertThat(w3.get("year").asInt()).isEqualTo(2005);
		List<String> credits = new ArrayList<>();
		graph.get("edges").forEach((e) -> {
			if (e.get("type").asString().equals("credit")) {
				credits.add(e.get("source").asString() + ">" + e.get("target").asString() + " " + e.get("roles").asString());
			}
		});
		assertThat(credits).containsExactlyInAnyOrder("s>w1 director", "a>w1 actor", "b>w1 actor", "s>w2 director",
				"a>w2 actor", "s>w3 writer", "a>w3 actor", "b>w3 composer", "f>w3 actor", "s>w4 producer", "c>w4 actor");
	}

	@Test
	void aWorksNetworkIsItsTeamWithReunionsMarked() throws Exception {
		JsonNode graph = jsonGraph(this.mvc.perform(get("/api/works/w3/network")).andExpect(status().isOk())
			.andReturn().getResponse());

		assertThat(nodeIds(graph)).containsExactlyInAnyOrder("s", "a", "b", "f");
		assertThat(edges(graph)).containsExactlyInAnyOrder("a|s 3", "b|s 2", "a|b 2", "f|s 1", "a|f 1", "b|f 1");
		Map<String, Boolean> reunion = new HashMap<>();
		graph.get("edges").forEach((e) -> reunion.put(e.get("source").asString() + "|" + e.get("target").asString(),
				e.get("reunion").asBoolean()));
		assertThat(reunion).containsExactlyInAnyOrderEntriesOf(
				Map.of("a|s", true, "b|s", true, "a|b", true, "f|s", false, "a|f", false, "b|f", false));
		Map<String, String> roles = new HashMap<>();
		graph.get("nodes").forEach((n) -> roles.put(n.get("id").asString(), n.get("role").asString()));
		assertThat(roles).containsExactlyInAnyOrderEntriesOf(Map.of("s", "writer", "a", "actor", "b", "composer", "f", "actor"));

		// the first time a pair works together is no reunion
		JsonNode first = jsonGraph(this.mvc.perform(get("/api/works/w1/network")).andReturn().getResponse());
		first.get("edges").forEach((e) -> assertThat(e.get("reunion").asBoolean()).isFalse());

		JsonNode withWorks = jsonGraph(this.mvc.perform(get("/api/works/w3/network").param("works", "true")).andReturn()
			.getResponse());
		assertThat(nodeIds(withWorks)).contains("w3", "w1");
	}

	// ---- formats, each read back by a parser and compared with the JSON form

	@ParameterizedTest
	@CsvSource({ "/api/network?people=s&depth=3&works=true", "/api/works/w3/network?works=true", "/api/network?people=a&roles=actor",
			"/api/network?pairings=true&minShared=1" })
	void everyFormatCarriesTheSameNodesAndEdgesAsTheJsonForm(String url) throws Exception {
		JsonNode graph = jsonGraph(this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse());
		Set<String> nodes = new TreeSet<>(nodeIds(graph));
		Set<String> edges = new TreeSet<>(edgesWithIds(graph));
		assertThat(nodes).isNotEmpty();
		assertThat(edges).isNotEmpty();

		JsonNode cytoscape = jsonGraph(this.mvc.perform(get(url + "&format=cytoscape")).andReturn().getResponse());
		Set<String> cyNodes = new TreeSet<>();
		cytoscape.get("elements").get("nodes").forEach((n) -> cyNodes.add(n.get("data").get("id").asString()));
		Set<String> cyEdges = new TreeSet<>();
		cytoscape.get("elements").get("edges").forEach((e) -> cyEdges.add(edgeKey(e.get("data").get("id").asString(),
				e.get("data").get("source").asString(), e.get("data").get("target").asString(), e.get("data").get("weight").asInt())));
		assertThat(cyNodes).isEqualTo(nodes);
		assertThat(cyEdges).isEqualTo(edges);
		assertThat(cytoscape.get("elements").get("nodes").get(0).get("data").has("label")).isTrue();

		JsonNode d3 = jsonGraph(this.mvc.perform(get(url + "&format=d3")).andReturn().getResponse());
		Set<String> d3Nodes = new TreeSet<>();
		d3.get("nodes").forEach((n) -> d3Nodes.add(n.get("id").asString()));
		Set<String> d3Links = new TreeSet<>();
		d3.get("links").forEach((l) -> d3Links.add(edgeKey(l.get("id").asString(), l.get("source").asString(),
				l.get("target").asString(), l.get("value").asInt())));
		assertThat(d3Nodes).isEqualTo(nodes);
		assertThat(d3Links).isEqualTo(edges);

		Document graphml = xml(this.mvc.perform(get(url + "&format=graphml")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/graphml+xml")).andReturn().getResponse());
		assertThat(graphMlNodes(graphml)).isEqualTo(nodes);
		assertThat(graphMlEdges(graphml)).isEqualTo(edges);

		Document gexf = xml(this.mvc.perform(get(url + "&format=gexf")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/gexf+xml")).andReturn().getResponse());
		assertThat(gexfNodes(gexf)).isEqualTo(nodes);
		assertThat(gexfEdges(gexf)).isEqualTo(edges);
	}

	@Test
	void graphMlDeclaresTypedKeysAndUsesOnlyThose() throws Exception {
		Document doc = xml(network("people", "s", "works", "true", "format", "graphml"));
		Element root = doc.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("graphml");
		assertThat(root.getNamespaceURI()).isEqualTo(GRAPHML);

		Map<String, String> keyTypes = new HashMap<>();
		Map<String, String> keyNames = new HashMap<>();
		NodeList keys = root.getElementsByTagNameNS(GRAPHML, "key");
		for (int i = 0; i < keys.getLength(); i++) {
			Element key = (Element) keys.item(i);
			assertThat(key.getParentNode()).isSameAs(root);
			assertThat(key.getAttribute("for")).isIn("node", "edge");
			assertThat(key.getAttribute("attr.type")).isIn("string", "int", "boolean");
			keyTypes.put(key.getAttribute("id"), key.getAttribute("attr.type"));
			keyNames.put(key.getAttribute("for") + ":" + key.getAttribute("attr.name"), key.getAttribute("attr.type"));
		}
		assertThat(keyNames).containsEntry("node:label", "string").containsEntry("node:type", "string")
			.containsEntry("edge:weight", "int").containsEntry("edge:first", "int").containsEntry("edge:last", "int");

		Element graph = only(root.getElementsByTagNameNS(GRAPHML, "graph"));
		assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
		NodeList data = root.getElementsByTagNameNS(GRAPHML, "data");
		assertThat(data.getLength()).isPositive();
		for (int i = 0; i < data.getLength(); i++) {
			Element value = (Element) data.item(i);
			String type = keyTypes.get(value.getAttribute("key"));
			assertThat(type).as("key %s is declared", value.getAttribute("key")).isNotNull();
			if (type.equals("int")) {
				Integer.parseInt(value.getTextContent());
			}
			if (type.equals("boolean")) {
				assertThat(value.getTextContent()).isIn("true", "false");
			}
		}
		Set<String> nodeIds = graphMlNodes(doc);
		NodeList edges = root.getElementsByTagNameNS(GRAPHML, "edge");
		for (int i = 0; i < edges.getLength(); i++) {
			Element edge = (Element) edges.item(i);
			assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
		}
		Element s = nodeById(root.getElementsByTagNameNS(GRAPHML, "node"), "s");
		assertThat(dataOf(s, "label")).isEqualTo("Person s");
		assertThat(dataOf(s, "type")).isEqualTo("person");
	}

	@Test
	void gexfIsVersionOneThreeWithDeclaredAttributes() throws Exception {
		Document doc = xml(this.mvc.perform(get("/api/works/w3/network").param("works", "true").param("format", "gexf"))
			.andExpect(status().isOk()).andReturn().getResponse());
		Element root = doc.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("gexf");
		assertThat(root.getNamespaceURI()).isEqualTo(GEXF);
		assertThat(root.getAttribute("version")).isEqualTo("1.3");

		Element graph = only(root.getElementsByTagNameNS(GEXF, "graph"));
		assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("undirected");
		Map<String, Set<String>> declared = new HashMap<>();
		NodeList classes = graph.getElementsByTagNameNS(GEXF, "attributes");
		for (int i = 0; i < classes.getLength(); i++) {
			Element attributes = (Element) classes.item(i);
			NodeList each = attributes.getElementsByTagNameNS(GEXF, "attribute");
			for (int j = 0; j < each.getLength(); j++) {
				Element attribute = (Element) each.item(j);
				assertThat(attribute.getAttribute("type")).isIn("string", "integer", "boolean");
				assertThat(attribute.getAttribute("title")).isNotBlank();
				declared.computeIfAbsent(attributes.getAttribute("class"), (k) -> new HashSet<>()).add(attribute.getAttribute("id"));
			}
		}
		assertThat(declared.get("node")).contains("type", "year");
		assertThat(declared.get("edge")).contains("first", "last", "reunion");

		for (String kind : List.of("node", "edge")) {
			NodeList elements = graph.getElementsByTagNameNS(GEXF, kind);
			assertThat(elements.getLength()).isPositive();
			for (int i = 0; i < elements.getLength(); i++) {
				Element element = (Element) elements.item(i);
				NodeList values = element.getElementsByTagNameNS(GEXF, "attvalue");
				assertThat(values.getLength()).isPositive();
				for (int j = 0; j < values.getLength(); j++) {
					assertThat(declared.get(kind)).contains(((Element) values.item(j)).getAttribute("for"));
				}
			}
		}
		Element sa = nodeById(graph.getElementsByTagNameNS(GEXF, "edge"), "a|s");
		assertThat(sa.getAttribute("weight")).isEqualTo("3");
		assertThat(attValue(sa, "reunion")).isEqualTo("true");
		assertThat(attValue(sa, "first")).isEqualTo("2001");
		Element w3 = nodeById(graph.getElementsByTagNameNS(GEXF, "node"), "w3");
		assertThat(w3.getAttribute("label")).isEqualTo("Work w3");
		assertThat(attValue(w3, "type")).isEqualTo("work");
		assertThat(attValue(w3, "year")).isEqualTo("2005");
	}

	@Test
	void theAcceptHeaderChoosesTheFormatWhenFormatIsAbsent() throws Exception {
		this.mvc.perform(get("/api/network").param("people", "s").accept("application/graphml+xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/graphml+xml"));
		this.mvc.perform(get("/api/network").param("people", "s").header("Accept", "text/html;q=0.9, application/gexf+xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/gexf+xml"));
		this.mvc.perform(get("/api/network").param("people", "s").header("Accept", "*/*"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.nodes[0].id").value("s"));
		// format= wins over Accept
		this.mvc.perform(get("/api/network").param("people", "s").param("format", "d3").accept("application/graphml+xml"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.links").isArray());
	}

	// ---- errors

	@ParameterizedTest
	@CsvSource({ "depth, 9", "depth, -1", "limit, 0", "limit, 1001", "minShared, 0", "format, svg", "roles, stuntman",
			"depth, deep" })
	void badParametersAre400ProblemsNamingThem(String parameter, String value) throws Exception {
		this.mvc.perform(get("/api/network").param("people", "s").param(parameter, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString(parameter.equals("roles") ? value : parameter)));
	}

	@Test
	void unknownPeopleAndWorksAre404s() throws Exception {
		this.mvc.perform(get("/api/network").param("people", "s,nobody"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("nobody")));
		this.mvc.perform(get("/api/works/nothing/network"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/network")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("people"));
	}

	// ---- helpers

	private void work(String id, int year, CreditInput... credits) {
		this.works.upsert(id, new WorkInput(id, "Work " + id, null, "movie", LocalDate.of(year, 3, 1), year, List.of(),
				List.of(credits)));
	}

	private static CreditInput credit(String person, Role role) {
		return credit(person, "Person " + person, role);
	}

	private static CreditInput credit(String person, String name, Role role) {
		return new CreditInput(new PersonInput(person, name, List.of(), null, null, null, null), role, List.of(),
				role == Role.ACTOR ? 0 : null, null);
	}

	private MockHttpServletResponse network(String... params) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/network");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static JsonNode jsonGraph(MockHttpServletResponse response) throws Exception {
		assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		return json.readTree(response.getContentAsByteArray());
	}

	private static List<String> nodeIds(JsonNode graph) {
		List<String> ids = new ArrayList<>();
		graph.get("nodes").forEach((n) -> ids.add(n.get("id").asString()));
		return ids;
	}

	/** Collaboration edges as "source|target weight". */
	private static List<String> edges(JsonNode graph) {
		List<String> edges = new ArrayList<>();
		graph.get("edges").forEach((e) -> {
			if (e.get("type").asString().equals("collaboration")) {
				edges.add(e.get("source").asString() + "|" + e.get("target").asString() + " " + e.get("weight").asInt());
			}
		});
		return edges;
	}

	private static List<String> edgesWithIds(JsonNode graph) {
		List<String> edges = new ArrayList<>();
		graph.get("edges").forEach((e) -> edges.add(edgeKey(e.get("id").asString(), e.get("source").asString(),
				e.get("target").asString(), e.get("weight").asInt())));
		return edges;
	}

	private static String edgeKey(String id, String source, String target, int weight) {
		return id + " " + source + "->" + target + " " + weight;
	}

	private static JsonNode edge(JsonNode graph, String source, String target) {
		for (JsonNode e : graph.get("edges")) {
			if (e.get("source").asString().equals(source) && e.get("target").asString().equals(target)) {
				return e;
			}
		}
		throw new AssertionError("no edge " + source + "|" + target);
	}

	private static Document xml(MockHttpServletResponse response) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	private static Set<String> graphMlNodes(Document doc) {
		Set<String> ids = new TreeSet<>();
		NodeList nodes = doc.getElementsByTagNameNS(GRAPHML, "node");
		for (int i = 0; i < nodes.getLength(); i++) {
			ids.add(((Element) nodes.item(i)).getAttribute("id"));
		}
		return ids;
	}

	private static Set<String> graphMlEdges(Document doc) {
		Set<String> edges = new TreeSet<>();
		NodeList list = doc.getElementsByTagNameNS(GRAPHML, "edge");
		for (int i = 0; i < list.getLength(); i++) {
			Element e = (Element) list.item(i);
			edges.add(edgeKey(e.getAttribute("id"), e.getAttribute("source"), e.getAttribute("target"),
					Integer.parseInt(dataOf(e, "weight"))));
		}
		return edges;
	}

	private static Set<String> gexfNodes(Document doc) {
		Set<String> ids = new TreeSet<>();
		NodeList nodes = doc.getElementsByTagNameNS(GEXF, "node");
		for (int i = 0; i < nodes.getLength(); i++) {
			ids.add(((Element) nodes.item(i)).getAttribute("id"));
		}
		return ids;
	}

	private static Set<String> gexfEdges(Document doc) {
		Set<String> edges = new TreeSet<>();
		NodeList list = doc.getElementsByTagNameNS(GEXF, "edge");
		for (int i = 0; i < list.getLength(); i++) {
			Element e = (Element) list.item(i);
			edges.add(edgeKey(e.getAttribute("id"), e.getAttribute("source"), e.getAttribute("target"),
					(int) Double.parseDouble(e.getAttribute("weight"))));
		}
		return edges;
	}

	private static String dataOf(Element element, String key) {
		NodeList data = element.getElementsByTagNameNS(GRAPHML, "data");
		for (int i = 0; i < data.getLength(); i++) {
			if (((Element) data.item(i)).getAttribute("key").equals(key)) {
				return data.item(i).getTextContent();
			}
		}
		return null;
	}

	private static String attValue(Element element, String attribute) {
		NodeList values = element.getElementsByTagNameNS(GEXF, "attvalue");
		for (int i = 0; i < values.getLength(); i++) {
			if (((Element) values.item(i)).getAttribute("for").equals(attribute)) {
				return ((Element) values.item(i)).getAttribute("value");
			}
		}
		return null;
	}

	private static Element nodeById(NodeList list, String id) {
		for (int i = 0; i < list.getLength(); i++) {
			if (((Element) list.item(i)).getAttribute("id").equals(id)) {
				return (Element) list.item(i);
			}
		}
		throw new AssertionError("no element with id " + id);
	}

	private static Element only(NodeList list) {
		assertThat(list.getLength()).isEqualTo(1);
		return (Element) list.item(0);
	}

}
