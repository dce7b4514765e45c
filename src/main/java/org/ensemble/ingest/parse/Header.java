package org.ensemble.ingest.parse;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column names of a table file. Columns are found by name, not position, so that a source
 * that adds or reorders columns still imports; a missing column fails the whole file up front.
 */
record Header(Map<String, Integer> columns, int width) {

	static Header check(Path path, List<String> names, List<String> required) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			columns.putIfAbsent(names.get(i), i);
		}
		List<String> missing = required.stream().filter((name) -> !columns.containsKey(name)).toList();
		if (!missing.isEmpty()) {
			throw new ImportFileException(path + ": wrong header, missing column" + ((missing.size() > 1) ? "s " : " ")
					+ String.join(", ", missing) + "; expected the columns " + String.join(", ", required) + " but found "
					+ Text.abbreviate(String.join(", ", names), 200));
		}
		return new Header(Map.copyOf(columns), names.size());
	}

	int column(String name) {
		Integer index = this.columns.get(name);
		if (index == null) {
			throw new IllegalArgumentException("No column " + name);
		}
		return index;
	}

}
