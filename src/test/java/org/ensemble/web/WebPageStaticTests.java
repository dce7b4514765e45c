package org.ensemble.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page must keep working under a Content-Security-Policy that allows only same-origin scripts:
 * no inline script, no handler attributes, nothing loaded from another origin.
 */
class WebPageStaticTests {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern HANDLER_ATTRIBUTE = Pattern.compile("\\s on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE | Pattern.COMMENTS);

	private static final Pattern REMOTE = Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE);

	@Test
	void thePageHasNoInlineScriptsHandlersOrRemoteResources() throws IOException {
		String html = resource("static/index.html");

		assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline <script>").isFalse();
		assertThat(HANDLER_ATTRIBUTE.matcher(html).find()).as("on…= handler attribute").isFalse();
		assertThat(REMOTE.matcher(html).find()).as("resource from another origin").isFalse();
		assertThat(html).contains("src=\"/webjars/cytoscape/dist/cytoscape.min.js\"", "src=\"app.js\"", "href=\"app.css\"");
	}

	@Test
	void theScriptNeverEvaluatesStringsOrWritesHtml() throws IOException {
		String js = resource("static/app.js");

		assertThat(js).doesNotContain("eval(", "new Function", "innerHTML", "document.write", "setAttribute('on");
	}

	private static String resource(String path) throws IOException {
		return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
	}

}
