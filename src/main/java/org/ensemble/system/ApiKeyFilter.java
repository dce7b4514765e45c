package org.ensemble.system;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes under {@code /api} and actuator endpoints other than health and info need the API key, in
 * {@code Authorization: Bearer} or {@code X-Api-Key}. A key in the query string is refused: URLs
 * end up in logs and browser histories.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiKeyFilter extends OncePerRequestFilter {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	/**
	 * POSTs that only read: their question is too large or too structured for a query string (a team of
	 * names as the press spells them), but they change nothing, so they are as open as a GET.
	 */
	private static final Set<String> READING_POSTS = Set.of("/api/reunions");

	private static final Pattern KEY_PARAMETER = Pattern.compile("(?i)(api[-_]?key|key|token|access[-_]?token)");

	private final ApiKeyStore keys;

	ApiKeyFilter(ApiKeyStore keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!needsKey(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getParameterMap().keySet().stream().anyMatch((name) -> KEY_PARAMETER.matcher(name).matches())) {
			ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
					"API keys are not accepted in the query string; send Authorization: Bearer <key> or X-Api-Key");
			return;
		}
		if (!this.keys.matches(presentedKey(request))) {
			response.setHeader("WWW-Authenticate", "Bearer");
			ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
					"This request needs a valid API key in Authorization: Bearer <key> or X-Api-Key");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean needsKey(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/actuator")) {
			return !(path.equals("/actuator/health") || path.startsWith("/actuator/health/") || path.equals("/actuator/info"));
		}
		String method = request.getMethod().toUpperCase(Locale.ROOT);
		if (method.equals("POST") && READING_POSTS.contains(path)) {
			return false;
		}
		return path.startsWith("/api") && !READS.contains(method);
	}

	private static String presentedKey(HttpServletRequest request) {
		String header = request.getHeader("X-Api-Key");
		if (header != null) {
			return header;
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7);
		}
		return null;
	}

}
