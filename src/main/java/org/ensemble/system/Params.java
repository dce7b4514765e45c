package org.ensemble.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ensemble.credit.Ids;
import org.ensemble.credit.Years;
import org.ensemble.credit.Role;
import org.ensemble.credit.UnknownRoleException;

/** Checks request parameters; each failure is a 400 that names the parameter. */
public final class Params {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 1000;

	private static final int MAX_TOP_BILLED = 10_000;

	private Params() {
	}

	public static int limit(Integer limit) {
		return bounded("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
	}

	public static int offset(Integer offset) {
		return bounded("offset", offset, 0, 0, 1_000_000);
	}

	public static int bounded(String name, Integer value, int defaultValue, int min, int max) {
		int actual = (value == null) ? defaultValue : value;
		if (actual < min || actual > max) {
			throw new BadRequestException(name, "must be between " + min + " and " + max + ", was " + actual);
		}
		return actual;
	}

	/** An optional positive count (minShared, topBilled): null stays null. */
	public static Integer optionalBounded(String name, Integer value, int min, int max) {
		return (value == null) ? null : bounded(name, value, min, min, max);
	}

	/** {@code topBilled}: only cast credits billed above this count, or null for every credit. */
	public static Integer topBilled(Integer value) {
		return optionalBounded("topBilled", value, 1, MAX_TOP_BILLED);
	}

	public static Integer year(String name, Integer year) {
		return optionalBounded(name, year, Years.FIRST, Years.LAST);
	}

	public static String id(String name, String id) {
		if (id == null || id.isBlank()) {
			throw new BadRequestException(name, "is required");
		}
		if (!Ids.valid(id)) {
			throw new BadRequestException(name, Ids.RULE);
		}
		return id;
	}

	/** A comma-separated list of distinct ids, at least {@code min} and at most {@code max}. */
	public static List<String> ids(String name, String csv, int min, int max) {
		if (csv == null || csv.isBlank()) {
			throw new BadRequestException(name, "is required");
		}
		Set<String> ids = new LinkedHashSet<>();
		for (String part : csv.split(",", -1)) {
			ids.add(id(name, part.strip()));
		}
		if (ids.size() < min || ids.size() > max) {
			throw new BadRequestException(name, "must name between " + min + " and " + max + " different ids");
		}
		return new ArrayList<>(ids);
	}

	public static Role role(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Role.fromJson(value.strip()).orElseThrow(() -> new BadRequestException(name, new UnknownRoleException(value).getMessage()));
	}

	/** A comma-separated set of roles, or null (all roles) when absent. */
	public static Set<Role> roles(String name, String csv) {
		if (csv == null || csv.isBlank()) {
			return null;
		}
		Set<Role> roles = new LinkedHashSet<>();
		Arrays.stream(csv.split(",", -1)).map(String::strip).forEach((part) -> roles.add(role(name, part.isEmpty() ? "''" : part)));
		return roles;
	}

	/**
	 * The two roles of a repeat pairing ("director,composer", ordered; one role twice is allowed), or
	 * null for pairs in any roles.
	 */
	public static List<Role> rolePair(String name, String csv) {
		if (csv == null || csv.isBlank()) {
			return null;
		}
		String[] parts = csv.split(",", -1);
		Role first = (parts.length == 2) ? role(name, parts[0].strip()) : null;
		Role second = (parts.length == 2) ? role(name, parts[1].strip()) : null;
		if (first == null || second == null) {
			throw new BadRequestException(name, "must name exactly the two roles of the pair, e.g. director,composer");
		}
		return List.of(first, second);
	}

	public static LocalDate date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(name, "must be a date like 2023-10-06, was '" + abbreviate(value) + "'");
		}
	}

	public static void yearWindow(Integer from, Integer to) {
		if (from != null && to != null && from > to) {
			throw new BadRequestException("from", "must not be after to (" + from + " > " + to + ")");
		}
	}

	public static String abbreviate(String value) {
		return abbreviate(value, 60);
	}

	public static String abbreviate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max) + "…";
	}

}
