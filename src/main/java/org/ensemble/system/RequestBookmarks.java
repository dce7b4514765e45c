package org.ensemble.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Causal consistency for HTTP requests, within a request and from one instance to another. Every
 * transaction of a request shares one bookmark manager, so the {@code PUT}'s read-back of what it
 * wrote waits for that write even on a cluster member that has not applied it yet. The request starts
 * from the bookmarks of the {@value #HEADER} header, if any, and each answer that touched the database
 * returns the latest ones in that header: a client that sends it back, to this instance or any
 * other on the same database, reads at least what it wrote or read before.
 *
 * <p>
 * The header is opaque to clients (Neo4j's bookmarks, base64url-encoded); a malformed one is a 400.
 * Outside a request (imports, commands, start-up) there is no manager, and sessions are as the
 * driver makes them.
 */
@Component
class RequestBookmarks {

	/** The request and response header that carries the bookmarks. */
	static final String HEADER = "X-Ensemble-Bookmark";

	private static final String ATTRIBUTE = RequestBookmarks.class.getName();

	/** The request's bookmark manager, made at first use from its header; null outside a request. */
	BookmarkManager current() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		if (request.getAttribute(ATTRIBUTE) instanceof BookmarkManager manager) {
			return manager;
		}
		BookmarkManager manager = BookmarkManagers.defaultManager(
				BookmarkManagerConfig.builder().withInitialBookmarks(decode(request.getHeader(HEADER))).build());
		request.setAttribute(ATTRIBUTE, manager);
		return manager;
	}

	/** Puts the request's latest bookmarks into the answer's header, while its head can still change. */
	void answer(BookmarkManager manager) {
		if (manager != null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletResponse response = attributes.getResponse();
			Set<Bookmark> bookmarks = manager.getBookmarks();
			if (response != null && !response.isCommitted() && !bookmarks.isEmpty()) {
				response.setHeader(HEADER, encode(bookmarks));
			}
		}
	}

	static String encode(Set<Bookmark> bookmarks) {
		String values = bookmarks.stream().map(Bookmark::value).collect(Collectors.joining("\n"));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(values.getBytes(StandardCharsets.UTF_8));
	}

	static Set<Bookmark> decode(String header) {
		if (!StringUtils.hasText(header)) {
			return Set.of();
		}
		try {
			String values = new String(Base64.getUrlDecoder().decode(header.strip()), StandardCharsets.UTF_8);
			Set<Bookmark> bookmarks = new LinkedHashSet<>();
			for (String value : values.split("\n")) {
				if (!value.isBlank()) {
					bookmarks.add(Bookmark.from(value));
				}
			}
			return bookmarks;
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(HEADER, "not a bookmark that this service returned");
		}
	}

}
