package org.ensemble.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import org.ensemble.catalog.CatalogReads;
import org.ensemble.collaboration.Reunions;
import org.ensemble.credit.CompanySummary;
import org.ensemble.credit.Role;
import org.ensemble.system.BadRequestException;
import org.ensemble.system.NotFoundException;
import org.ensemble.system.Params;

/**
 * Reunions of a team that exists only on paper: checks the request, resolves its names and companies,
 * asks {@link Reunions} and writes the text. Names it cannot tell apart are returned with their
 * candidates and left out of the pairs; names and companies it cannot find at all make the whole
 * request a 404 naming them, since an answer without them would read as "no reunion".
 */
@Service
class PaperReunions {

	static final int MAX_PEOPLE = 50;

	static final int MAX_COMPANIES = 20;

	static final int MAX_ENTRY = 200;

	private final TeamNames names;

	private final CatalogReads catalog;

	private final Reunions reunions;

	PaperReunions(TeamNames names, CatalogReads catalog, Reunions reunions) {
		this.names = names;
		this.catalog = catalog;
		this.reunions = reunions;
	}

	record Answer(List<TeamNames.Found> people, List<TeamNames.Ambiguous> ambiguous, List<Reunions.PairReunion> pairs,
			List<Reunions.CompanyReunion> companies, String text) {
	}

	Answer of(ReunionsRequest request) {
		List<String> people = entries("people", request.people(), 1, MAX_PEOPLE);
		List<String> companyEntries = (request.companies() == null) ? List.of()
				: entries("companies", request.companies(), 0, MAX_COMPANIES);
		LocalDate before = Params.date("before", request.before());
		Map<String, Role> roles = roles(request.roles(), people);

		List<TeamNames.Found> found = new ArrayList<>();
		List<TeamNames.Ambiguous> ambiguous = new ArrayList<>();
		List<String> unknownPeople = new ArrayList<>();
		for (String entry : people) {
			switch (this.names.resolve(entry)) {
				case TeamNames.Found f -> found.add(f);
				case TeamNames.Ambiguous a -> ambiguous.add(a);
				case TeamNames.Unknown u -> unknownPeople.add(u.query());
			}
		}
		List<CompanySummary> companies = new ArrayList<>();
		List<String> unknownCompanies = new ArrayList<>();
		for (String entry : companyEntries) {
			List<CompanySummary> matches = this.catalog.companies(entry);
			if (matches.isEmpty()) {
				unknownCompanies.add(entry);
			}
			companies.addAll(matches);
		}
		if (!unknownPeople.isEmpty() || !unknownCompanies.isEmpty()) {
			throw unknown(unknownPeople, unknownCompanies);
		}

		// One person written twice (a name and an id) is one member, with the roles of both entries.
		Map<String, Set<Role>> members = new LinkedHashMap<>();
		for (TeamNames.Found f : found) {
			Set<Role> memberRoles = members.computeIfAbsent(f.person().id(), (id) -> EnumSet.noneOf(Role.class));
			if (roles.containsKey(f.query())) {
				memberRoles.add(roles.get(f.query()));
			}
		}
		List<String> companyIds = companies.stream().map(CompanySummary::id).distinct().toList();
		Reunions.TeamAnswer answer = inTeamOrder(this.reunions.of(new Reunions.PaperTeam(members, companyIds, before)),
				new ArrayList<>(members.keySet()));
		return new Answer(found, ambiguous, answer.pairs(), answer.companies(),
				ReunionsText.of(answer, companies, before, ambiguous));
	}

	/**
	 * Pairs and company returns in the order the request names the people, each pair's first person the
	 * one named first: the order of the press release is the order the text should read in.
	 */
	private static Reunions.TeamAnswer inTeamOrder(Reunions.TeamAnswer answer, List<String> order) {
		List<Reunions.PairReunion> pairs = answer.pairs().stream()
			.map((p) -> (order.indexOf(p.a().id()) <= order.indexOf(p.b().id())) ? p
					: new Reunions.PairReunion(p.b(), p.a(), p.bRoles(), p.aRoles(), p.works()))
			.sorted(Comparator.comparingInt((Reunions.PairReunion p) -> order.indexOf(p.a().id()))
				.thenComparingInt((p) -> order.indexOf(p.b().id())))
			.toList();
		List<Reunions.CompanyReunion> companies = answer.companies().stream()
			.sorted(Comparator.comparingInt((Reunions.CompanyReunion c) -> order.indexOf(c.person().id())))
			.toList();
		return new Reunions.TeamAnswer(pairs, companies);
	}

	private static NotFoundException unknown(List<String> people, List<String> companies) {
		List<String> parts = new ArrayList<>();
		Map<String, List<String>> unknown = new LinkedHashMap<>();
		if (!people.isEmpty()) {
			parts.add("no person known as " + quoted(people));
			unknown.put("people", people);
		}
		if (!companies.isEmpty()) {
			parts.add("no company known as " + quoted(companies));
			unknown.put("companies", companies);
		}
		return new NotFoundException(String.join("; ", parts), unknown);
	}

	private static String quoted(List<String> values) {
		return values.stream().map((v) -> "'" + Params.abbreviate(v) + "'").collect(Collectors.joining(", "));
	}

	private static List<String> entries(String field, List<String> values, int min, int max) {
		if (values == null || values.size() < min) {
			throw new BadRequestException(field, (min == 1) ? "is required: at least one id or name" : "is required");
		}
		if (values.size() > max) {
			throw new BadRequestException(field, "must have at most " + max + " entries, had " + values.size());
		}
		List<String> entries = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value == null || value.isBlank()) {
				throw new BadRequestException(field + "[" + i + "]", "must not be blank");
			}
			if (value.length() > MAX_ENTRY) {
				throw new BadRequestException(field + "[" + i + "]", "must be at most " + MAX_ENTRY + " characters");
			}
			entries.add(value.strip());
		}
		return entries;
	}

	private static Map<String, Role> roles(Map<String, String> roles, List<String> people) {
		if (roles == null) {
			return Map.of();
		}
		Set<String> entries = new HashSet<>(people);
		Map<String, Role> parsed = new LinkedHashMap<>();
		roles.forEach((entry, role) -> {
			String field = "roles." + Params.abbreviate(String.valueOf(entry));
			if (entry == null || !entries.contains(entry.strip())) {
				throw new BadRequestException(field, "names no entry of people");
			}
			Role parsedRole = Params.role(field, role);
			if (parsedRole == null) {
				throw new BadRequestException(field, "must name a role: " + Role.known());
			}
			parsed.put(entry.strip(), parsedRole);
		});
		return parsed;
	}

}
