package org.ensemble.ingest;

import java.nio.file.Path;

import org.ensemble.ingest.parse.ImdbParser;
import org.ensemble.ingest.parse.WikidataParser;

/**
 * The Ballerina story in the formats film people hold ({@code cypher/demo/imdb}, IMDb's files with
 * IMDb's spellings; {@code cypher/demo/wikidata.ndjson}, a Wikidata extract with the press's),
 * imported through the importers, for tests of any feature.
 */
public final class TheStory {

	private TheStory() {
	}

	public static void importWith(Imports imports) {
		imports.run(new ImportRequest.Imdb(Path.of("cypher/demo/imdb"), ImdbParser.DEFAULT_TITLE_TYPES, false),
				new ImportProgress());
		imports.run(new ImportRequest.Wikidata(Path.of("cypher/demo/wikidata.ndjson"), WikidataParser.DEFAULT_WORK_CLASSES),
				new ImportProgress());
	}

}
