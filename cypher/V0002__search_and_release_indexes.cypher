// searchText holds the name (or title) and aliases folded to lower case without accents or
// punctuation, written by the application; the whitespace analyzer keeps Hangul and other scripts whole.
CREATE FULLTEXT INDEX person_search IF NOT EXISTS FOR (p:Person) ON EACH [p.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX work_search IF NOT EXISTS FOR (w:Work) ON EACH [w.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE INDEX work_year IF NOT EXISTS FOR (w:Work) ON (w.year);
CREATE INDEX work_released IF NOT EXISTS FOR (w:Work) ON (w.released);
CREATE INDEX person_imdb IF NOT EXISTS FOR (p:Person) ON (p.imdbId);
CREATE INDEX person_tmdb IF NOT EXISTS FOR (p:Person) ON (p.tmdbId);
CREATE INDEX work_imdb IF NOT EXISTS FOR (w:Work) ON (w.imdbId);
CREATE INDEX work_tmdb IF NOT EXISTS FOR (w:Work) ON (w.tmdbId);
