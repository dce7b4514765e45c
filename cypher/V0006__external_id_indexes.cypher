// Imports find people, works and companies by any external id before creating one (identity across
// sources); reads answer for any of them.
CREATE INDEX person_wikidata IF NOT EXISTS FOR (p:Person) ON (p.wikidataId);
CREATE INDEX work_wikidata IF NOT EXISTS FOR (w:Work) ON (w.wikidataId);
CREATE INDEX company_tmdb IF NOT EXISTS FOR (c:Company) ON (c.tmdbId);
CREATE INDEX company_wikidata IF NOT EXISTS FOR (c:Company) ON (c.wikidataId);
CREATE INDEX company_imdb IF NOT EXISTS FOR (c:Company) ON (c.imdbId);
