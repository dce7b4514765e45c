"""Writes the Ballerina story in the formats film people hold: an IMDb-format folder (imdb/: title.basics,
title.episode, title.principals, name.basics, with IMDb's spellings, given name first) and a Wikidata
extract (wikidata.ndjson: one entity per line, as wikibase-dump-filter writes it) that names the same people
as the press does, in Hangul too, links them to their IMDb ids and says which works Netflix released.
The credits are the ones named in the story; the tconst, nconst and Q ids are the story's own
(illustrative, not looked up). Classes and properties are Wikidata's (Q11424 film, P161 cast member, ...),
and so is Netflix (Q907311).
Run: python3 make_story.py"""
import json

N = "\\N"

# tconst, type, title, original, year
titles = [
    ("tt15353916", "movie", "Ballerina", "Balle-rina", "2023"),
    ("tt10530176", "movie", "Call", "Kol", "2020"),
    ("tt13696452", "tvSeries", "Money Heist: Korea - Joint Economic Area", "Jongieui jib: Gongdong gyeongjae guyeok", "2022"),
    ("tt14039582", "movie", "Drive My Car", "Doraibu mai kâ", "2021"),
    ("tt12873444", "tvSeries", "Hellbound", "Jiok", "2021"),
    ("tt13024974", "tvMiniSeries", "D.P.", "D.P.", "2021"),
]
# episodes: tconst, parent, season, episode
episodes = [
    ("tt13696460", "tt13696452", "1", "1"), ("tt13696462", "tt13696452", "1", "2"),
    ("tt12873450", "tt12873444", "1", "1"), ("tt12873452", "tt12873444", "1", "2"),
    ("tt13024980", "tt13024974", "1", "1"), ("tt13024982", "tt13024974", "1", "2"),
]
# nconst, IMDb's spelling, birth year, profession
people = [
    ("nm7652862", "Chung-hyun Lee", "1990", "director,writer"),
    ("nm9112345", "Jong-seo Jun", "1994", "actress"),
    ("nm2010215", "Ji-hoon Kim", "1981", "actor"),
    ("nm12511877", "Yoo-rim Park", N, "actress"),
    ("nm11286590", "Gray", "1986", "composer,soundtrack"),
    ("nm1927339", "Shin-hye Park", "1990", "actress"),
    ("nm0950926", "Ji-tae Yoo", "1976", "actor"),
    ("nm2577431", "Hae-soo Park", "1981", "actor"),
    ("nm2509563", "Ryûsuke Hamaguchi", "1978", "director,writer"),
    ("nm0632248", "Hidetoshi Nishijima", "1971", "actor"),
    ("nm1802302", "Sang-ho Yeon", "1978", "director,writer"),
    ("nm1649163", "Ah-in Yoo", "1986", "actor"),
    ("nm4312436", "Jun-hee Han", "1984", "director,writer"),
    ("nm5296839", "Hae-in Jung", "1988", "actor"),
    ("nm4052458", "Kyo-hwan Koo", "1982", "actor"),
]
# tconst, nconst, category, job, characters
principals = [
    ("tt15353916", "nm9112345", "actress", N, '["Ok-ju"]'),
    ("tt15353916", "nm2010215", "actor", N, '["Choi-pro"]'),
    ("tt15353916", "nm12511877", "actress", N, '["Min-hee"]'),
    ("tt15353916", "nm7652862", "director", N, N),
    ("tt15353916", "nm11286590", "composer", "music director", N),
    ("tt10530176", "nm1927339", "actress", N, '["Seo-yeon"]'),
    ("tt10530176", "nm9112345", "actress", N, '["Young-sook"]'),
    ("tt10530176", "nm7652862", "director", N, N),
    ("tt13696452", "nm0950926", "actor", N, '["Professor"]'),
    ("tt13696460", "nm0950926", "actor", N, '["Professor"]'),
    ("tt13696460", "nm9112345", "actress", N, '["Tokyo"]'),
    ("tt13696460", "nm2577431", "actor", N, '["Berlin"]'),
    ("tt13696462", "nm9112345", "actress", N, '["Tokyo"]'),
    ("tt13696462", "nm2010215", "actor", N, '["Moscow"]'),
    ("tt14039582", "nm0632248", "actor", N, '["Yusuke Kafuku"]'),
    ("tt14039582", "nm12511877", "actress", N, '["Lee Yoon-a"]'),
    ("tt14039582", "nm2509563", "director", N, N),
    ("tt12873444", "nm1649163", "actor", N, '["Jung Jin-soo"]'),
    ("tt12873450", "nm1649163", "actor", N, '["Jung Jin-soo"]'),
    ("tt12873450", "nm1802302", "director", N, N),
    ("tt12873450", "nm11286590", "composer", "music", N),
    ("tt12873452", "nm1802302", "director", N, N),
    ("tt12873452", "nm11286590", "composer", "music", N),
    ("tt13024980", "nm5296839", "actor", N, '["Ahn Jun-ho"]'),
    ("tt13024980", "nm4312436", "director", N, N),
    ("tt13024980", "nm11286590", "composer", "music", N),
    ("tt13024982", "nm5296839", "actor", N, '["Ahn Jun-ho"]'),
    ("tt13024982", "nm4052458", "actor", N, '["Han Ho-yeol"]'),
    ("tt13024982", "nm4312436", "director", N, N),
]


def tsv(name, header, rows):
    with open("imdb/" + name, "w", encoding="utf-8") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


tsv("title.basics.tsv", ["tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear", "endYear",
                         "runtimeMinutes", "genres"],
    [(t, ty, ti, o, "0", y, N, N, "Drama") for t, ty, ti, o, y in titles]
    + [(e, "tvEpisode", "Episode #" + s + "." + n, "Episode #" + s + "." + n, "0", N, N, N, "Drama")
       for e, p, s, n in episodes])
tsv("title.episode.tsv", ["tconst", "parentTconst", "seasonNumber", "episodeNumber"], episodes)
ordering = {}
rows = []
for t, nm, cat, job, chars in sorted(principals, key=lambda r: r[0]):
    ordering[t] = ordering.get(t, 0) + 1
    rows.append((t, str(ordering[t]), nm, cat, job, chars))
tsv("title.principals.tsv", ["tconst", "ordering", "nconst", "category", "job", "characters"], rows)
tsv("name.basics.tsv", ["nconst", "primaryName", "birthYear", "deathYear", "primaryProfession", "knownForTitles"],
    [(nm, name, born, N, prof, N) for nm, name, born, prof in people])


def labels(**by_language):
    return {lang: {"language": lang, "value": v} for lang, v in by_language.items()}


def snak(prop, value, kind):
    return {"snaktype": "value", "property": prop, "datavalue": {"value": value, "type": kind}}


def item(prop, q):
    return {"mainsnak": snak(prop, {"entity-type": "item", "numeric-id": int(q[1:]), "id": q}, "wikibase-entityid"),
            "type": "statement", "rank": "normal"}


def string(prop, value):
    return {"mainsnak": snak(prop, value, "string"), "type": "statement", "rank": "normal"}


def date(value):
    return {"mainsnak": snak("P577", {"time": value, "timezone": 0, "before": 0, "after": 0, "precision": 11,
                                      "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}, "time"),
            "type": "statement", "rank": "normal"}


def entity(q, names, claims, aliases=()):
    by_property = {}
    for c in claims:
        by_property.setdefault(c["mainsnak"]["property"], []).append(c)
    return {"type": "item", "id": q, "labels": names, "descriptions": {},
            "aliases": {"en": [{"language": "en", "value": a} for a in aliases]} if aliases else {},
            "claims": by_property, "sitelinks": {}}


NETFLIX, FILM, SERIES, MINISERIES, HUMAN = "Q907311", "Q11424", "Q5398426", "Q1259759", "Q5"
human = [
    ("Q90000101", "nm7652862", labels(en="Lee Chung-hyun", ko="이충현"), ["Lee Choong Hyun"]),
    ("Q90000102", "nm9112345", labels(en="Jeon Jong-seo", ko="전종서"), ["Jeon Jong Seo"]),
    ("Q90000103", "nm2010215", labels(en="Kim Ji-hoon", ko="김지훈"), ["Kim Ji Hoon"]),
    ("Q90000104", "nm12511877", labels(en="Park Yu-rim", ko="박유림"), ["Park Yu Rim"]),
    ("Q90000105", "nm11286590", labels(ko="그레이", mul="GRAY"), ["Lee Sung-hwa"]),
    ("Q90000106", "nm1927339", labels(en="Park Shin-hye", ko="박신혜"), []),
    ("Q90000107", "nm1802302", labels(en="Yeon Sang-ho", ko="연상호"), []),
]
works = [
    entity("Q90000001", labels(en="Ballerina", ko="발레리나"), [item("P31", FILM), date("+2023-10-06T00:00:00Z"),
           item("P57", "Q90000101"), item("P161", "Q90000102"), item("P161", "Q90000103"), item("P161", "Q90000104"),
           item("P86", "Q90000105"), item("P750", NETFLIX), string("P345", "tt15353916")]),
    entity("Q90000002", labels(en="The Call", ko="콜"), [item("P31", FILM), date("+2020-11-27T00:00:00Z"),
           item("P57", "Q90000101"), item("P161", "Q90000106"), item("P161", "Q90000102"), item("P750", NETFLIX),
           string("P345", "tt10530176")]),
    entity("Q90000003", labels(en="Money Heist: Korea – Joint Economic Area", ko="종이의 집: 공동경제구역"),
           [item("P31", SERIES), date("+2022-06-24T00:00:00Z"), item("P161", "Q90000102"),
            item("P449", NETFLIX), string("P345", "tt13696452")]),
    entity("Q90000004", labels(en="Hellbound", ko="지옥"), [item("P31", SERIES), date("+2021-11-19T00:00:00Z"),
           item("P57", "Q90000107"), item("P449", NETFLIX), string("P345", "tt12873444")]),
    entity("Q90000005", labels(en="D.P.", ko="D.P."), [item("P31", MINISERIES), date("+2021-08-27T00:00:00Z"),
           item("P449", NETFLIX), string("P345", "tt13024974")]),
]
entities = works + [entity(q, names, [item("P31", HUMAN), string("P345", nm)], aliases)
                    for q, nm, names, aliases in human]
entities.append(entity(NETFLIX, labels(en="Netflix", ko="넷플릭스"), []))
with open("wikidata.ndjson", "w", encoding="utf-8") as f:
    f.write("".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in entities))
