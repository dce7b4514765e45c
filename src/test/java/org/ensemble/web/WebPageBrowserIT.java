package org.ensemble.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import org.ensemble.EnsembleApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page at {@code /} in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromedriver}; never downloaded), against the running service with the Ballerina demo. The
 * page is driven as a user drives it: typing, clicking, arrow keys, links; what it drew is read from
 * the DOM (the drawing's data attributes, the list view, the panels), never from a script hook. Clicks
 * on the WebGL drawing go to the screen positions the list view gives for each person.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserIT {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();

	/** axe-core, installed by the build's npm ci; injected by the test, never loaded by the page. */
	private static final Path AXE = Path.of("src", "main", "frontend", "node_modules", "axe-core", "axe.min.js");

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newHttpClient();

	private ConfigurableApplicationContext service;

	private ChromeDriver browser;

	private Path dataDir;

	private Path profileDir;

	private String base;

	@BeforeAll
	void startServiceAndBrowser() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Skipped: the browser test needs Debian's chromium and chromium-driver packages (/usr/bin/chromium and "
						+ "/usr/bin/chromedriver); install them with apt-get install chromium chromium-driver");
		this.dataDir = Files.createTempDirectory("ensemble-web-");
		// As arguments, these outrank application.properties (server.port=8080 there); properties() would not.
		this.service = new SpringApplicationBuilder(EnsembleApplication.class).run("--server.port=0", "--ensemble.bolt-port=0",
				"--ensemble.data-dir=" + this.dataDir, "--ensemble.api-key=test-key", "--ensemble.demo-on-first-start=true");
		this.base = "http://localhost:" + this.service.getEnvironment().getProperty("local.server.port");

		// Selenium Manager must never look for (or download) a driver: both binaries are given.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		this.profileDir = Files.createTempDirectory("ensemble-chromium-");
		FileSystemUtils.deleteRecursively(DOWNLOADS);
		Files.createDirectories(DOWNLOADS);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// sigma.js draws with WebGL: without a GPU, Chromium's software renderer (SwiftShader) provides it
		options.addArguments("--headless=new", "--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
				"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--window-size=1366,800", "--user-data-dir=" + this.profileDir);
		// downloads land in target/downloads, several from one page without asking (PNG, then SVG)
		options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
				"download.prompt_for_download", false, "profile.default_content_setting_values.automatic_downloads", 1));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(driverService, options);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	void stop() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.service != null) {
			this.service.close();
		}
		for (Path dir : new Path[] { this.profileDir, this.dataDir }) {
			if (dir != null) {
				FileSystemUtils.deleteRecursively(dir);
			}
		}
	}

	@BeforeEach
	void openThePage() {
		open("/");
	}

	// ---- explore

	@Test
	void searchIsAComboboxOnTheInputAndDrawsJeonsNetworkWhoseTieToLeeShowsTheirTimeline() throws IOException {
		WebElement search = this.browser.findElement(By.id("search"));
		assertThat(search.getAttribute("role")).isEqualTo("combobox");
		assertThat(search.getAttribute("aria-expanded")).isEqualTo("false");
		search.sendKeys("Jeon");
		wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hits [role=option][data-id='jeon-jong-seo']")));
		assertThat(search.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(search.getAttribute("aria-controls")).isEqualTo("hits");
		assertThat(search.getAttribute("aria-activedescendant")).isEqualTo("hit-0");
		List<WebElement> options = this.browser.findElements(By.cssSelector("#hits [role=option]"));
		if (options.size() > 1) {
			search.sendKeys(Keys.ARROW_DOWN);
			assertThat(search.getAttribute("aria-activedescendant")).isEqualTo("hit-1");
			assertThat(this.browser.findElement(By.id("hit-1")).getAttribute("aria-selected")).isEqualTo("true");
			search.sendKeys(Keys.ARROW_UP);
		}
		assertThat(this.browser.findElement(By.id("search-status")).getText()).contains("result");
		// Enter opens the option the arrows rest on
		int jeon = indexOfOption("jeon-jong-seo");
		for (int i = 0; i < jeon; i++) {
			search.sendKeys(Keys.ARROW_DOWN);
		}
		assertThat(search.getAttribute("aria-activedescendant")).isEqualTo("hit-" + jeon);
		search.sendKeys(Keys.ENTER);

		waitForView("person");
		// Ballerina, The Call and Money Heist: Korea bring seven collaborators
		assertThat(drawn("people")).isEqualTo(8);
		Map<String, Row> people = listPeople();
		assertThat(people.keySet()).containsExactlyInAnyOrder("jeon-jong-seo", "lee-chung-hyun", "kim-ji-hoon", "park-yu-rim",
				"gray", "park-shin-hye", "yoo-ji-tae", "park-hae-soo");
		assertThat(people.get("lee-chung-hyun").role()).isEqualTo("director");
		// eight people, room for every name
		assertThat(drawn("labels")).isEqualTo(8);
		assertThat(people.get("gray").role()).isEqualTo("composer");
		assertThat(tieRow("jeon-jong-seo|lee-chung-hyun").getText()).contains("2", "2020–2023", "The Call (2020)", "Ballerina (2023)");
		// the list view lists what is drawn: every person and every tie
		assertThat(this.browser.findElements(By.cssSelector("#list-view table.ties tbody tr"))).hasSize(drawn("edges"));
		assertThat(people).hasSize(drawn("nodes"));
		closeListView();

		clickTie(people, "jeon-jong-seo", "lee-chung-hyun");
		wait(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#edge-works .works"), "The Call"));
		WebElement panel = this.browser.findElement(By.id("edge-works"));
		assertThat(panel.getText()).contains("Jeon Jong-seo & Lee Chung-hyun", "2 shared works", "2020–2023", "The Call", "Ballerina");
		assertThat(this.browser.findElements(By.cssSelector("#edge-works .timeline-strip .mark"))).hasSize(2);
		List<String> timeline = this.browser.findElements(By.cssSelector("#edge-works .works .work"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(timeline).hasSize(2);
		assertThat(timeline.get(0)).startsWith("2020").contains("The Call");
		assertThat(timeline.get(1)).startsWith("2023").contains("Ballerina");

		screenshot("web-page.png");
		assertNoScriptErrors();
	}

	@Test
	void aWorkDrawsItsTeamWithReunionsHighlightedAndLabelled() throws IOException {
		this.browser.findElement(By.id("search")).sendKeys("Ballerina");
		wait(WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits [role=option][data-id='netflix:ballerina']")))
			.click();

		waitForView("work");
		assertThat(drawn("people")).isEqualTo(5);
		assertThat(drawn("labels")).isEqualTo(5);
		openListView();
		assertThat(reunionTies()).containsExactly("jeon-jong-seo|kim-ji-hoon", "jeon-jong-seo|lee-chung-hyun");
		assertThat(this.browser.findElement(By.id("reunions")).getText()).contains("Reunions", "The Call", "Money Heist: Korea");
		assertThat(this.browser.findElement(By.id("legend")).getText()).contains("director", "actor", "composer", "reunion");
		closeListView();

		screenshot("web-page-work.png");
		assertNoScriptErrors();
	}

	@Test
	void doubleClickingAPersonAddsTheirCollaborators() {
		open("/#view=person&id=jeon-jong-seo");
		waitForView("person");
		assertThat(drawn("people")).isEqualTo(8);
		Map<String, Row> people = listPeople();
		closeListView();

		doubleClickAt(people.get("gray"));

		// GRAY also scored Hellbound and D.P.
		waitFor("GRAY's collaborators", "return document.body.dataset.last === 'expand' && document.body.dataset.state === 'idle'");
		assertThat(drawn("people")).isEqualTo(13);
		assertThat(listPeople()).containsKeys("yeon-sang-ho", "koo-kyo-hwan");
		assertNoScriptErrors();
	}

	@Test
	void pathModeShowsTheShortestPathBetweenTwoPeople() throws IOException {
		this.browser.findElement(By.id("path-mode")).click();
		pickPerson("Park Shin", "park-shin-hye");
		pickPerson("Hamaguchi", "ryusuke-hamaguchi");

		waitForView("path");
		// Park Shin-hye – The Call – Lee Chung-hyun – Ballerina – Park Yu-rim – Drive My Car – Ryusuke Hamaguchi
		assertThat(drawn("nodes")).isEqualTo(7);
		// and every one of them named
		assertThat(drawn("labels")).isEqualTo(7);
		assertThat(this.browser.findElement(By.id("info")).getText()).contains("3 hops", "The Call", "Drive My Car");
		assertThat(this.browser.findElement(By.id("status")).getText()).contains("3 works apart");
		// people in their main role's colour: Lee Chung-hyun and Ryusuke Hamaguchi direct, the others act
		assertThat(this.browser.findElement(By.id("legend")).getText()).contains("director", "actor", "work");
		screenshot("web-page-path.png");
		assertNoScriptErrors();
	}

	@Test
	void theYearRangeRemovesATieWhoseWorksAllFallOutsideIt() throws IOException {
		open("/#view=person&id=jeon-jong-seo");
		waitForView("person");
		int before = drawn("edges");
		openListView();
		assertThat(this.browser.findElements(By.cssSelector("#list-view tr[data-id='jeon-jong-seo|park-shin-hye']"))).hasSize(1);
		closeListView();

		// The Call (2020) is all that Jeon Jong-seo and Park Shin-hye share; the keyboard moves the "from" thumb
		WebElement from = this.browser.findElement(By.id("year-from"));
		assertThat(from.getAttribute("min")).isEqualTo("2020");
		from.sendKeys(Keys.ARROW_RIGHT);
		assertThat(this.browser.findElement(By.id("year-from-value")).getText()).isEqualTo("2021");

		assertThat(drawn("edges")).isLessThan(before);
		openListView();
		assertThat(this.browser.findElements(By.cssSelector("#list-view tr[data-id='jeon-jong-seo|park-shin-hye']"))).isEmpty();
		// Ballerina (2023) keeps Jeon and Lee tied
		assertThat(this.browser.findElements(By.cssSelector("#list-view tr[data-id='jeon-jong-seo|lee-chung-hyun']"))).hasSize(1);
		assertThat(this.browser.getCurrentUrl()).contains("yfrom=2021");
		screenshot("web-page-years.png");
		assertNoScriptErrors();
	}

	@Test
	void threeHundredPeopleStayReadable() throws Exception {
		// A director with 300 collaborators over 60 films, none of them in the demo.
		Random random = new Random(7);
		for (int film = 0; film < 60; film++) {
			StringBuilder credits = new StringBuilder("{\"person\": {\"id\": \"t:hub\", \"name\": \"Hub Director\"}, \"role\": \"director\"}");
			for (int i = 0; i < 6; i++) {
				int actor = (i < 5) ? film * 5 + i : random.nextInt(300);
				credits.append(", {\"person\": {\"id\": \"t:a").append(actor).append("\", \"name\": \"Actor Number ").append(actor)
					.append("\"}, \"role\": \"actor\", \"billing\": ").append(i).append('}');
			}
			put("/api/works/t:film" + film, "{\"title\": \"Film " + film + "\", \"year\": " + (1990 + film % 30)
					+ ", \"credits\": [" + credits + "]}");
		}

		open("/#view=person&id=t:hub");
		waitForView("person");
		// the page asks for at most 300 people, the hub included, and says the drawing was cut
		assertThat(drawn("people")).isEqualTo(300);
		assertThat(this.browser.findElement(By.id("status")).getText()).contains("300 people", "cut to the 300 strongest ties");
		// everyone is drawn inside the drawing's area
		Map<String, Row> people = listPeople();
		WebElement graph = this.browser.findElement(By.id("graph"));
		assertThat(people.values()).allSatisfy((row) -> {
			assertThat(row.x()).isBetween(-5, graph.getSize().getWidth() + 5);
			assertThat(row.y()).isBetween(-5, graph.getSize().getHeight() + 5);
		});
		closeListView();

		// labels by importance, never on top of each other: the SVG export writes the labels shown
		Files.deleteIfExists(DOWNLOADS.resolve("ensemble.svg"));
		this.browser.findElement(By.id("export-svg")).click();
		List<double[]> boxes = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		Matcher text = Pattern.compile("<text x=\"([-0-9.]+)\" y=\"([-0-9.]+)\"[^>]*>([^<]*)</text>")
			.matcher(Files.readString(downloaded("ensemble.svg")));
		while (text.find()) {
			double x = Double.parseDouble(text.group(1));
			double y = Double.parseDouble(text.group(2));
			labels.add(text.group(3));
			// the drawing's 13px labels: about 6px a character, 10px above the baseline and 3px below
			boxes.add(new double[] { x, y - 10, x + 6 * text.group(3).length(), y + 3 });
		}
		assertThat(labels).contains("Hub Director").hasSizeGreaterThan(5).hasSizeLessThan(150);
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				double[] a = boxes.get(i);
				double[] b = boxes.get(j);
				boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
				assertThat(overlap).as("labels %s and %s overlap", labels.get(i), labels.get(j)).isFalse();
			}
		}
		screenshot("web-page-large.png");
		assertNoScriptErrors();
	}

	// ---- team mode

	@Test
	void aTeamOnPaperShowsItsReunionsLetsTheUserPickANamesakeAndComesBackFromItsLink() throws Exception {
		// a second Kim Ji-hoon, so that the press release's "Kim Ji Hoon" names two people
		put("/api/works/test:namesake-film", """
				{"title": "A Namesake's Film", "year": 1999,
				 "credits": [{"person": {"id": "test:kim-ji-hoon-1972", "name": "Kim Ji-hoon"}, "role": "director"}]}""");

		this.browser.findElement(By.cssSelector("#modes [data-mode=team]")).click();
		this.browser.findElement(By.id("team-names")).sendKeys("Lee Choong Hyun\nJeon Jong Seo\nKim Ji Hoon, Park Yu Rim\nGRAY");
		this.browser.findElement(By.id("team-companies")).sendKeys("Netflix");
		this.browser.findElement(By.id("team-before")).sendKeys("2023-10-06");
		this.browser.findElement(By.cssSelector("#team-form button[type=submit]")).click();

		waitForView("team");
		WebElement choices = wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("team-choices")));
		assertThat(choices.getText()).contains("“Kim Ji Hoon” names 2 people", "A Namesake's Film");
		assertThat(this.browser.findElement(By.id("team-text")).getText()).contains("\"Kim Ji Hoon\" names 2 people");
		openListView();
		assertThat(reunionTies()).containsExactly("jeon-jong-seo|lee-chung-hyun");
		closeListView();

		// the user picks the actor of Money Heist: Korea
		this.browser.findElement(By.cssSelector("#team-choices button[data-id='kim-ji-hoon']")).click();
		waitFor("the team with the pick", "return document.body.dataset.state === 'idle' && !!document.querySelector('#graph')"
				+ " && document.querySelector('#team-choices').hidden");
		assertTeamDrawn();
		String link = this.browser.getCurrentUrl();
		assertThat(URI.create(link).getFragment()).contains("view=team", "pick=Kim+Ji+Hoon=kim-ji-hoon", "company=Netflix",
				"before=2023-10-06");
		screenshot("web-page-team.png");

		// exports of the drawing: PNG and SVG made by the page, GraphML from the API for the same people
		Files.deleteIfExists(DOWNLOADS.resolve("ensemble.png"));
		Files.deleteIfExists(DOWNLOADS.resolve("ensemble.svg"));
		this.browser.findElement(By.id("export-png")).click();
		this.browser.findElement(By.id("export-svg")).click();
		Path png = downloaded("ensemble.png");
		Path svg = downloaded("ensemble.svg");
		assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
		assertThat(inkedShare(png)).as("share of the PNG that is not background").isGreaterThan(0.005);
		String svgText = Files.readString(svg);
		assertThat(count(svgText, "<circle")).isEqualTo(drawn("nodes"));
		assertThat(count(svgText, "<line")).isEqualTo(drawn("edges"));
		String graphml = get(this.browser.findElement(By.id("export-graphml")).getAttribute("href"));
		// the team's five people; Netflix is the page's own addition
		assertThat(count(graphml, "<node ")).isEqualTo(5);
		assertThat(graphml).contains("jeon-jong-seo|lee-chung-hyun");

		// the link, opened afresh, gives the same view
		open("/");
		this.browser.get(link);
		waitForView("team");
		assertTeamDrawn();
		assertThat(this.browser.findElement(By.id("team-names")).getAttribute("value")).contains("Kim Ji Hoon");
		assertNoScriptErrors();
	}

	private void assertTeamDrawn() {
		assertThat(this.browser.findElement(By.id("team-text")).getText()).contains(
				"Lee Chung-hyun and Jeon Jong-seo worked together before on The Call (2020)",
				"Jeon Jong-seo and Kim Ji-hoon worked together before on Money Heist: Korea", "GRAY worked with Netflix before");
		openListView();
		assertThat(reunionTies()).containsExactly("jeon-jong-seo|kim-ji-hoon", "jeon-jong-seo|lee-chung-hyun");
		assertThat(tieRow("jeon-jong-seo|lee-chung-hyun").getText()).contains("The Call (2020)");
		assertThat(tieRow("jeon-jong-seo|kim-ji-hoon").getText()).contains("Money Heist: Korea");
		Map<String, Row> people = listPeople();
		assertThat(people).containsKeys("lee-chung-hyun", "jeon-jong-seo", "kim-ji-hoon", "park-yu-rim", "gray", "company:netflix");
		assertThat(people.get("company:netflix").role()).isEqualTo("company");
		WebElement netflixTie = this.browser.findElements(By.cssSelector("#list-view table.ties tbody tr"))
			.stream()
			.filter((row) -> row.getText().startsWith("GRAY & Netflix"))
			.findFirst()
			.orElseThrow();
		assertThat(netflixTie.getText()).contains("D.P. (2021)", "Hellbound (2021)");
		closeListView();
	}

	// ---- the whole graph's pairings

	@Test
	void aTwentyThousandPersonPairingNetworkIsDrawnAndSearchFliesToAPerson() throws Exception {
		int people = importPairingNetwork();

		this.browser.findElement(By.cssSelector("#modes [data-mode=pairings]")).click();
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("pair-first"))).selectByValue("");
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("pair-second"))).selectByValue("");
		WebElement min = this.browser.findElement(By.id("pair-min"));
		min.clear();
		min.sendKeys("2");
		long asked = System.nanoTime();
		this.browser.findElement(By.cssSelector("#pairings-form button[type=submit]")).click();
		wait(Duration.ofMinutes(3)).withMessage("the first frame")
			.until((driver) -> Boolean.TRUE.equals(js("return !!document.querySelector('#graph').dataset.firstFrameMs")));
		long seen = (System.nanoTime() - asked) / 1_000_000;
		int drawnPeople = drawn("people");
		int drawnTies = drawn("edges");
		String pageMillis = this.browser.findElement(By.id("graph")).getAttribute("data-first-frame-ms");
		String fetchMillis = this.browser.findElement(By.id("graph")).getAttribute("data-fetch-ms");
		String report = "First frame of the pairing network (%,d people, %,d ties): %s ms as the page measured it "
				.formatted(drawnPeople, drawnTies, pageMillis) + "(of which %s ms the API's answer); %,d ms until the test saw it"
					.formatted(fetchMillis, seen) + System.lineSeparator() + "Status line: "
				+ this.browser.findElement(By.id("status")).getText();
		System.out.println(report);
		Files.writeString(Path.of("target", "pairings-first-frame.txt"), report + System.lineSeparator());

		assertThat(drawnPeople).isGreaterThanOrEqualTo(20_000).isGreaterThanOrEqualTo(people);
		assertThat(this.browser.findElement(By.id("status")).getText()).contains("people", "ties drawn", "first frame");
		// the list view says the same, and lists the strongest
		openListView();
		assertThat(this.browser.findElement(By.cssSelector("#list-view p")).getText())
			.startsWith("%,d people and %,d ties drawn".formatted(drawnPeople, drawnTies));
		assertThat(this.browser.findElements(By.cssSelector("#list-view table.ties tbody tr"))).hasSize(500);
		closeListView();
		// GraphML of the drawing, from the API's serialiser: the same people and ties
		String graphml = get(this.browser.findElement(By.id("export-graphml")).getAttribute("href"));
		assertThat(count(graphml, "<node ")).isEqualTo(drawnPeople);
		assertThat(count(graphml, "<edge ")).isEqualTo(drawnTies);

		// the communities come from the layout worker, after the first frame
		wait(WAIT).withMessage("the communities")
			.until((driver) -> Boolean.TRUE.equals(js("return !!document.querySelector('#graph').dataset.communities")));
		assertThat(this.browser.findElement(By.id("legend")).getText()).contains("community 1");

		// the page stays responsive while the layout runs: the search finds a person of the drawing
		WebElement search = this.browser.findElement(By.id("search"));
		search.sendKeys("Syn 10007");
		wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hits [role=option][data-id='syn:p10007']")));
		search.sendKeys(Keys.ENTER);
		wait(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("info"), "Syn 10007"));
		screenshot("web-page-pairings-search.png");
		waitForView("pairings");
		this.browser.findElement(By.id("fit")).click();
		Thread.sleep(500);
		screenshot("web-page-pairings.png");
		// the best-connected people are named, a few dozen at most, so that names stay legible
		assertThat(drawn("labels")).isBetween(10, 61);
		System.out.println("Layout iterations: " + this.browser.findElement(By.id("graph")).getAttribute("data-layout-iterations"));
		assertNoScriptErrors();
	}

	/**
	 * A synthetic graph imported through the API: 201 casts of 100 people; each film is made twice by
	 * three of a cast, so each pair of those shares two works, and neighbouring casts share a pair of
	 * films. About 20,100 people in about 30,000 pairs of two or more shared works.
	 */
	private int importPairingNetwork() throws Exception {
		Random random = new Random(11);
		int casts = 201;
		StringBuilder lines = new StringBuilder();
		int work = 0;
		String[] roles = { "director", "actor", "composer", "writer", "producer", "cinematographer", "editor" };
		for (int cast = 0; cast < casts; cast++) {
			List<int[]> trios = new ArrayList<>();
			for (int j = 0; j < 50; j++) {
				int a = cast * 100 + 2 * j;
				int b = a + 1;
				int c;
				do {
					c = cast * 100 + random.nextInt(100);
				}
				while (c == a || c == b);
				trios.add(new int[] { a, b, c });
			}
			if (cast + 1 < casts) {
				trios.add(new int[] { cast * 100 + 5, (cast + 1) * 100 + 7, cast * 100 + 9 });
			}
			for (int[] trio : trios) {
				for (int twice = 0; twice < 2; twice++) {
					StringBuilder credits = new StringBuilder();
					for (int person : trio) {
						credits.append(credits.isEmpty() ? "" : ",")
							.append("{\"person\":{\"id\":\"syn:p%d\",\"name\":\"Syn %d\"},\"role\":\"%s\"}".formatted(person, person,
									roles[person % roles.length]));
					}
					lines.append("{\"id\":\"syn:w%d\",\"title\":\"Synthetic %d\",\"kind\":\"movie\",\"year\":%d,\"credits\":[%s]}\n"
						.formatted(work, work, 1960 + work % 60, credits));
					work++;
				}
			}
		}
		String boundary = "ensemble-" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\njsonl\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"synthetic.jsonl\"\r\n"
				+ "Content-Type: application/x-ndjson\r\n\r\n" + lines + "\r\n--" + boundary + "--\r\n";
		long started = System.nanoTime();
		HttpResponse<String> start = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/api/imports"))
			.header("X-Api-Key", "test-key")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(start.statusCode()).as(start.body()).isIn(200, 201, 202);
		String id = field(start.body(), "id");
		String state;
		do {
			Thread.sleep(1000);
			state = field(get(this.base + "/api/imports/" + id), "state");
		}
		while (!state.equals("succeeded") && !state.equals("failed"));
		assertThat(state).isEqualTo("succeeded");
		System.out.printf("Imported %,d synthetic works in %,d ms%n", work, (System.nanoTime() - started) / 1_000_000);
		return casts * 100;
	}

	// ---- accessibility

	@Test
	void axeFindsNoSeriousOrCriticalViolations() throws Exception {
		Assumptions.assumeTrue(Files.isRegularFile(AXE), "axe-core is installed by the build's npm ci");
		List<String> found = new ArrayList<>(axe("the start page"));

		open("/#view=work&id=netflix:ballerina");
		waitForView("work");
		found.addAll(axe("a work's team"));
		openListView();
		found.addAll(axe("the list view"));
		closeListView();
		this.browser.findElement(By.cssSelector("#modes [data-mode=team]")).click();
		found.addAll(axe("team mode"));
		this.browser.findElement(By.id("search")).sendKeys("Jeon");
		wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hits [role=option]")));
		found.addAll(axe("the open combobox"));

		assertThat(found).as("serious or critical accessibility violations").isEmpty();
	}

	/** axe-core's serious and critical violations on the page as it is, one line each. */
	@SuppressWarnings("unchecked")
	private List<String> axe(String where) throws IOException {
		if (Boolean.FALSE.equals(js("return typeof window.axe === 'object'"))) {
			js(Files.readString(AXE));
		}
		List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) this.browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations.map((v) => ({
				  id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ') }))));""");
		List<String> lines = new ArrayList<>();
		for (Map<String, Object> violation : violations) {
			String line = where + ": " + violation.get("id") + " (" + violation.get("impact") + ") " + violation.get("targets");
			System.out.println("axe " + line);
			if ("serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact"))) {
				lines.add(line);
			}
		}
		return lines;
	}

	// ---- helpers

	/** A person's row of the list view, with where the drawing shows them (pixels from its top left corner). */
	private record Row(String id, String role, int x, int y) {
	}

	private void open(String path) {
		this.browser.get(this.base + path);
		waitFor("the page to start", "return document.body.dataset.state === 'idle'");
	}

	private void waitForView(String view) {
		waitFor(view, "return document.body.dataset.last === arguments[0] && document.body.dataset.state === 'idle'", view);
		assertThat(this.browser.findElement(By.id("status")).getAttribute("class")).as(
				this.browser.findElement(By.id("status")).getText()).doesNotContain("error");
	}

	private int drawn(String what) {
		return Integer.parseInt(this.browser.findElement(By.id("graph")).getAttribute("data-" + what));
	}

	private void openListView() {
		WebElement toggle = this.browser.findElement(By.id("list-toggle"));
		if (!"true".equals(toggle.getAttribute("aria-pressed"))) {
			toggle.click();
		}
		wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#list-view table.people")));
	}

	private void closeListView() {
		WebElement toggle = this.browser.findElement(By.id("list-toggle"));
		if ("true".equals(toggle.getAttribute("aria-pressed"))) {
			toggle.click();
		}
	}

	private Map<String, Row> listPeople() {
		openListView();
		Map<String, Row> people = new HashMap<>();
		for (WebElement row : this.browser.findElements(By.cssSelector("#list-view table.people tbody tr"))) {
			String x = row.getAttribute("data-x");
			String y = row.getAttribute("data-y");
			people.put(row.getAttribute("data-id"), new Row(row.getAttribute("data-id"),
					row.findElements(By.tagName("td")).get(0).getText(), (x == null) ? -1 : Integer.parseInt(x),
					(y == null) ? -1 : Integer.parseInt(y)));
		}
		return people;
	}

	private WebElement tieRow(String id) {
		return this.browser.findElement(By.cssSelector("#list-view table.ties tr[data-id='" + id + "']"));
	}

	private List<String> reunionTies() {
		return this.browser.findElements(By.cssSelector("#list-view table.ties tr[data-reunion='true']"))
			.stream()
			.map((row) -> row.getAttribute("data-id"))
			.sorted()
			.toList();
	}

	private int indexOfOption(String id) {
		List<WebElement> options = this.browser.findElements(By.cssSelector("#hits [role=option]"));
		for (int i = 0; i < options.size(); i++) {
			if (id.equals(options.get(i).getAttribute("data-id"))) {
				return i;
			}
		}
		throw new AssertionError("no option " + id);
	}

	private void pickPerson(String query, String id) {
		WebElement search = this.browser.findElement(By.id("search"));
		search.clear();
		search.sendKeys(query);
		wait(WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits [role=option][data-id='" + id + "']")))
			.click();
	}

	/** Clicks the tie between two people with the pointer, at the middle of the line between them. */
	private void clickTie(Map<String, Row> people, String a, String b) {
		Row from = people.get(a);
		Row to = people.get(b);
		double x = (from.x() + to.x()) / 2.0;
		double y = (from.y() + to.y()) / 2.0;
		// nobody may sit on that point, or the click would be theirs
		assertThat(people.values()).allSatisfy((row) -> assertThat(Math.hypot(row.x() - x, row.y() - y)).isGreaterThan(12));
		clickAt(x, y, false);
	}

	private void doubleClickAt(Row row) {
		clickAt(row.x(), row.y(), true);
	}

	/** W3C actions measure offsets from the element's centre. */
	private void clickAt(double x, double y, boolean twice) {
		WebElement graph = this.browser.findElement(By.id("graph"));
		int dx = (int) Math.round(x - graph.getSize().getWidth() / 2.0);
		int dy = (int) Math.round(y - graph.getSize().getHeight() / 2.0);
		Actions actions = new Actions(this.browser).moveToElement(graph, dx, dy);
		(twice ? actions.doubleClick() : actions.click()).perform();
	}

	private void put(String path, String body) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("X-Api-Key", "test-key")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
	}

	private String get(String url) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
		return matcher.group(1);
	}

	/** The share of an image's pixels that are not white: the drawing, not an empty canvas. */
	private static double inkedShare(Path png) throws IOException {
		java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
		long inked = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
					inked++;
				}
			}
		}
		return (double) inked / ((long) image.getWidth() * image.getHeight());
	}

	private static int count(String text, String what) {
		return text.split(Pattern.quote(what), -1).length - 1;
	}

	private Path downloaded(String name) {
		Path file = DOWNLOADS.resolve(name);
		wait(WAIT).withMessage("the download of " + name).until((driver) -> Files.isRegularFile(file) && file.toFile().length() > 0);
		return file;
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) this.browser).executeScript(script, args);
	}

	private void waitFor(String what, String condition, Object... args) {
		wait(WAIT).withMessage(what).until((driver) -> Boolean.TRUE.equals(js(condition, args)));
	}

	private WebDriverWait wait(Duration timeout) {
		return new WebDriverWait(this.browser, timeout);
	}

	private void screenshot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name), png);
	}

	/** A script error or a refused resource (such as a Content-Security-Policy violation) fails the test. */
	private void assertNoScriptErrors() {
		List<LogEntry> severe = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter((entry) -> !entry.getMessage().contains("favicon.ico"))
			.toList();
		assertThat(severe).as("browser console errors").isEmpty();
	}

}
