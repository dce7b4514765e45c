package org.ensemble.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page must keep working under a Content-Security-Policy that allows only same-origin scripts
 * and styles: no inline script or style, no handler attributes, nothing loaded from another origin;
 * and its modules never evaluate strings or write HTML.
 */
class WebPageStaticTests {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern INLINE_STYLE = Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

	private static final Pattern HANDLER_ATTRIBUTE = Pattern.compile("\\s on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE | Pattern.COMMENTS);

	private static final Pattern REMOTE = Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE);

	private static final Path MODULES = Path.of("src", "main", "frontend", "src");

	@Test
	void thePageHasNoInlineScriptsStylesHandlersOrRemoteResources() throws IOException {
		String html = resource("static/index.html");

		assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline <script>").isFalse();
		assertThat(INLINE_STYLE.matcher(html).find()).as("inline style").isFalse();
		assertThat(HANDLER_ATTRIBUTE.matcher(html).find()).as("on…= handler attribute").isFalse();
		assertThat(REMOTE.matcher(html).find()).as("resource from another origin").isFalse();
		assertThat(html).contains("<script type=\"module\" src=\"app.js\">", "href=\"app.css\"").doesNotContain("webjars");
	}

	@Test
	void theBuildBundledTheModulesAndTheLayoutWorkerIntoTheStaticResources() {
		assertThat(new ClassPathResource("static/app.js").exists()).isTrue();
		assertThat(new ClassPathResource("static/layout-worker.js").exists()).isTrue();
	}

	@Test
	void theModulesNeverEvaluateStringsOrWriteHtml() throws IOException {
		List<Path> modules;
		try (Stream<Path> files = Files.list(MODULES)) {
			modules = files.filter((f) -> f.toString().endsWith(".js")).toList();
		}
		assertThat(modules).hasSizeGreaterThan(5);
		for (Path module : modules) {
			assertThat(Files.readString(module)).as(module.toString())
				.doesNotContain("eval(", "new Function", "innerHTML", "outerHTML", "document.write", "insertAdjacentHTML",
						"setAttribute('on", "setAttribute('style", "window.ensemble", "window.cy");
		}
	}

	private static String resource(String path) throws IOException {
		return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
	}

}
