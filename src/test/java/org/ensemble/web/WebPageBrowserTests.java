package org.ensemble.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * {@code chromedriver}; never downloaded), against the running service with the Ballerina demo.
 * Clicks are real pointer clicks at the positions Cytoscape.js drew things.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration WAIT = Duration.ofSeconds(30);

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
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1366,800", "--user-data-dir=" + this.profileDir);
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
		this.browser.get(this.base + "/");
		waitFor("the page to start", "return document.body.dataset.state === 'idle' && !!window.cy");
	}

	@Test
	void searchJeonDrawHerCollaboratorsAndClickTheEdgeToLeeChungHyun() throws IOException {
		this.browser.findElement(By.id("search")).sendKeys("Jeon");
		WebElement hit = wait(WAIT).until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#hits .hit[data-id='jeon-jong-seo']")));
		assertThat(hit.getText()).contains("Jeon Jong-seo");
		hit.click();

		waitFor("her network", "return document.body.dataset.last === 'person' && document.body.dataset.state === 'idle'"
				+ " && cy.getElementById('jeon-jong-seo').nonempty()");
		@SuppressWarnings("unchecked")
		List<String> drawn = (List<String>) js("return cy.nodes().map((n) => n.id())");
		// Ballerina, The Call and Money Heist: Korea bring seven collaborators
		assertThat(drawn).containsExactlyInAnyOrder("jeon-jong-seo", "lee-chung-hyun", "kim-ji-hoon", "park-yu-rim", "gray",
				"park-shin-hye", "yoo-ji-tae", "park-hae-soo");
		assertThat(js("return cy.getElementById('jeon-jong-seo|lee-chung-hyun').data('weight')")).isEqualTo(2L);

		clickEdge("jeon-jong-seo|lee-chung-hyun");
		WebElement panel = wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("edge-works")));
		wait(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#edge-works .works"), "The Call"));
		assertThat(panel.getText()).contains("Jeon Jong-seo & Lee Chung-hyun", "2 shared works", "The Call", "Ballerina");
		assertThat(this.browser.findElements(By.cssSelector("#edge-works .work")).stream().map(WebElement::getText))
			.anySatisfy((text) -> assertThat(text).contains("The Call").contains("2020"));

		screenshot("web-page.png");
		assertNoScriptErrors();
	}

	@Test
	void aWorkDrawsItsTeamWithReunionsHighlighted() throws IOException {
		this.browser.findElement(By.id("search")).sendKeys("Ballerina");
		wait(WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits .hit[data-id='netflix:ballerina']")))
			.click();

		waitFor("the team", "return document.body.dataset.last === 'work' && document.body.dataset.state === 'idle'");
		assertThat(js("return cy.nodes().length")).isEqualTo(5L);
		@SuppressWarnings("unchecked")
		List<String> reunions = (List<String>) js("return cy.edges('[?reunion]').map((e) => e.id()).sort()");
		assertThat(reunions).containsExactly("jeon-jong-seo|kim-ji-hoon", "jeon-jong-seo|lee-chung-hyun");
		// drawn in the reunion colour, not the ordinary grey
		assertThat(js("return cy.getElementById('jeon-jong-seo|lee-chung-hyun').style('line-color')"))
			.isNotEqualTo(js("return cy.getElementById('gray|jeon-jong-seo').style('line-color')"));
		assertThat(this.browser.findElement(By.id("reunions")).getText()).contains("Reunions", "The Call",
				"Money Heist: Korea");

		screenshot("web-page-work.png");
		assertNoScriptErrors();
	}

	@Test
	void doubleClickingAPersonAddsTheirCollaborators() {
		js("window.ensemble.choosePerson('jeon-jong-seo')");
		waitFor("her network", "return document.body.dataset.state === 'idle' && cy.nodes().length === 8");

		doubleClickNode("gray");

		// GRAY also scored Hellbound and D.P.
		waitFor("GRAY's collaborators", "return cy.getElementById('yeon-sang-ho').nonempty() && cy.getElementById('koo-kyo-hwan').nonempty()");
		assertThat(js("return cy.nodes().length")).isEqualTo(13L);
		assertNoScriptErrors();
	}

	@Test
	void pathModeShowsTheShortestPathBetweenTwoPeople() throws IOException {
		this.browser.findElement(By.id("path-mode")).click();
		pickPerson("Park Shin", "park-shin-hye");
		pickPerson("Hamaguchi", "ryusuke-hamaguchi");

		waitFor("the path", "return document.body.dataset.last === 'path' && document.body.dataset.state === 'idle'");
		// Park Shin-hye – The Call – Lee Chung-hyun – Ballerina – Park Yu-rim – Drive My Car – Ryusuke Hamaguchi
		assertThat(js("return cy.nodes().length")).isEqualTo(7L);
		assertThat(this.browser.findElement(By.id("info")).getText()).contains("3 hops", "The Call", "Drive My Car");
		assertThat(this.browser.findElement(By.id("status")).getText()).contains("3 works apart");
		screenshot("web-page-path.png");
		assertNoScriptErrors();
	}

	@Test
	void threeHundredPeopleStayReadable() throws Exception {
		// A director with 300 collaborators over 60 films, none of them in the demo.
		HttpClient http = HttpClient.newHttpClient();
		Random random = new Random(7);
		for (int film = 0; film < 60; film++) {
			StringBuilder credits = new StringBuilder("{\"person\": {\"id\": \"t:hub\", \"name\": \"Hub Director\"}, \"role\": \"director\"}");
			for (int i = 0; i < 6; i++) {
				int actor = (i < 5) ? film * 5 + i : random.nextInt(300);
				credits.append(", {\"person\": {\"id\": \"t:a").append(actor).append("\", \"name\": \"Actor Number ").append(actor)
					.append("\"}, \"role\": \"actor\", \"billing\": ").append(i).append('}');
			}
			String body = "{\"title\": \"Film " + film + "\", \"year\": " + (1990 + film % 30) + ", \"credits\": [" + credits + "]}";
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(this.base + "/api/works/t:film" + film))
				.header("X-Api-Key", "test-key")
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
		}

		js("window.ensemble.choosePerson('t:hub')");
		waitFor("the large network", "return document.body.dataset.state === 'idle' && cy.nodes().length > 250");
		// the page asks for at most 300 people, the hub included, and says the drawing was cut
		assertThat(((Number) js("return cy.nodes().length")).intValue()).isEqualTo(300);
		assertThat(this.browser.findElement(By.id("status")).getText()).contains("300 people", "cut to the 300 strongest ties");
		// the hub is drawn larger than anyone else, and the drawing fits the screen
		assertThat((Boolean) js("""
				const hub = cy.getElementById('t:hub');
				return cy.nodes().every((n) => n === hub || n.renderedWidth() < hub.renderedWidth());""")).isTrue();
		assertThat((Boolean) js("""
				const box = cy.elements().renderedBoundingBox(), c = cy.container();
				return box.x1 >= -5 && box.y1 >= -5 && box.x2 <= c.clientWidth + 5 && box.y2 <= c.clientHeight + 5;""")).isTrue();
		screenshot("web-page-large.png");
		assertNoScriptErrors();
	}

	// ---- helpers

	private void pickPerson(String query, String id) {
		WebElement search = this.browser.findElement(By.id("search"));
		search.clear();
		search.sendKeys(query);
		wait(WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits .hit[data-id='" + id + "']"))).click();
	}

	/**
	 * Clicks an edge with the pointer, at a point along it that no node covers (Cytoscape.js draws on
	 * a canvas, so the position comes from its model).
	 */
	private void clickEdge(String id) {
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) js("""
				const edge = cy.getElementById(arguments[0]);
				const s = edge.source().renderedPosition(), t = edge.target().renderedPosition();
				for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) {
				  const x = s.x + (t.x - s.x) * f, y = s.y + (t.y - s.y) * f;
				  const covered = cy.nodes().some((n) => { const b = n.renderedBoundingBox({includeLabels: false});
				    return x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4; });
				  if (!covered) return [x, y];
				}
				return null;""", id);
		assertThat(point).as("a free spot on edge %s", id).isNotNull();
		clickAt(point.get(0).doubleValue(), point.get(1).doubleValue(), false);
	}

	private void doubleClickNode(String id) {
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) js("const p = cy.getElementById(arguments[0]).renderedPosition(); return [p.x, p.y];", id);
		clickAt(point.get(0).doubleValue(), point.get(1).doubleValue(), true);
	}

	/** W3C actions measure offsets from the element's centre. */
	private void clickAt(double x, double y, boolean twice) {
		WebElement canvas = this.browser.findElement(By.id("cy"));
		int dx = (int) Math.round(x - canvas.getSize().getWidth() / 2.0);
		int dy = (int) Math.round(y - canvas.getSize().getHeight() / 2.0);
		Actions actions = new Actions(this.browser).moveToElement(canvas, dx, dy);
		(twice ? actions.doubleClick() : actions.click()).perform();
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) this.browser).executeScript(script, args);
	}

	private void waitFor(String what, String condition) {
		wait(WAIT).withMessage(what).until((driver) -> Boolean.TRUE.equals(js(condition)));
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
