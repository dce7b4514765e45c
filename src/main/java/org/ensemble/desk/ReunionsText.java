package org.ensemble.desk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ensemble.collaboration.Reunions;
import org.ensemble.credit.CompanySummary;
import org.ensemble.credit.WorkSummary;

/**
 * The answer as a few English sentences a journalist can paste: one per pair and per company return,
 * titles in Markdown italics with their year, and a sentence for what was asked and not found.
 */
final class ReunionsText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private ReunionsText() {
	}

	static String of(Reunions.TeamAnswer answer, List<CompanySummary> companies, LocalDate before,
			List<TeamNames.Ambiguous> ambiguous) {
		List<String> sentences = new ArrayList<>();
		String when = (before == null) ? "" : " before " + DAY.format(before);
		for (Reunions.PairReunion pair : answer.pairs()) {
			sentences.add(pair.a().name() + " and " + pair.b().name() + " worked together before on " + works(pair.works()) + ".");
		}
		if (answer.pairs().isEmpty()) {
			sentences.add("No earlier collaboration between these people" + when + ".");
		}
		for (Reunions.CompanyReunion reunion : answer.companies()) {
			sentences.add(reunion.person().name() + " worked with " + reunion.company().name() + " before on "
					+ works(reunion.works()) + ".");
		}
		if (!companies.isEmpty() && answer.companies().isEmpty()) {
			Set<String> names = new LinkedHashSet<>();
			companies.forEach((company) -> names.add(company.name()));
			sentences.add("None of them worked with " + list(new ArrayList<>(names), "or") + when + ".");
		}
		for (TeamNames.Ambiguous name : ambiguous) {
			sentences.add("Not counted: \"" + name.query() + "\" names " + name.candidates().size()
					+ " people; choose one by id.");
		}
		return String.join(" ", sentences);
	}

	private static String works(List<WorkSummary> works) {
		return list(works.stream().map(ReunionsText::work).toList(), "and");
	}

	private static String work(WorkSummary work) {
		Integer year = (work.year() != null) ? work.year() : (work.released() != null) ? work.released().getYear() : null;
		return "*" + work.title() + "*" + ((year == null) ? "" : " (" + year + ")");
	}

	/** "A", "A and B", "A, B and C". */
	private static String list(List<String> items, String conjunction) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
	}

}
