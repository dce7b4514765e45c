"""Writes ballerina.json (the official dump's shape: a JSON array, one entity per line, each but the
last ending in a comma) and ballerina.ndjson (one entity per line, in another order) from the entities
below. Classes and properties are Wikidata's own (Q11424 film, P161 cast member, ...), and so is
Netflix (Q907311); the other item ids are invented (Q9000xxxx), the facts are the Ballerina story's.
Run: python3 make_fixtures.py"""
import json


def label_map(**labels):
    return {lang.replace('_', '-'): {"language": lang.replace('_', '-'), "value": v} for lang, v in labels.items()}


def alias_map(**aliases):
    return {lang: [{"language": lang, "value": v} for v in values] for lang, values in aliases.items()}


def snak(prop, value, kind):
    return {"snaktype": "value", "property": prop, "datavalue": {"value": value, "type": kind}}


def item(prop, q, rank="normal", qualifiers=None):
    s = {"mainsnak": snak(prop, {"entity-type": "item", "numeric-id": int(q[1:]), "id": q}, "wikibase-entityid"),
         "type": "statement", "rank": rank}
    if qualifiers:
        s["qualifiers"] = qualifiers
    return s


def string(prop, value, rank="normal"):
    return {"mainsnak": snak(prop, value, "string"), "type": "statement", "rank": rank}


def title(text, lang):
    return {"mainsnak": snak("P1476", {"text": text, "language": lang}, "monolingualtext"), "type": "statement",
            "rank": "normal"}


def time(prop, value, precision, rank="normal"):
    return {"mainsnak": snak(prop, {"time": value, "timezone": 0, "before": 0, "after": 0, "precision": precision,
                                    "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}, "time"),
            "type": "statement", "rank": rank}


def empty(prop, snaktype):
    return {"mainsnak": {"snaktype": snaktype, "property": prop}, "type": "statement", "rank": "normal"}


def character(name):
    return {"P4633": [{"snaktype": "value", "property": "P4633", "datavalue": {"value": name, "type": "string"}}]}


def entity(q, labels, claims, aliases=None):
    claims_by_property = {}
    for c in claims:
        claims_by_property.setdefault(c["mainsnak"]["property"], []).append(c)
    return {"type": "item", "id": q, "labels": labels, "descriptions": {}, "aliases": aliases or {},
            "claims": claims_by_property, "sitelinks": {}}


FILM, SERIES, HUMAN = "Q11424", "Q5398426", "Q5"

ballerina = entity("Q90000001", label_map(en="Ballerina", ko="발레리나"), [
    item("P31", FILM), title("발레리나", "ko"),
    time("P577", "+2023-10-06T00:00:00Z", 11), time("P577", "+2023-10-20T00:00:00Z", 11),
    time("P577", "+2019-01-01T00:00:00Z", 11, rank="deprecated"),
    item("P57", "Q90000101"), item("P58", "Q90000101"),
    item("P161", "Q90000102", qualifiers=character("Ok-ju")), item("P161", "Q90000199", rank="deprecated"),
    item("P161", "Q90000103", qualifiers=character("Choi-pro")), item("P161", "Q90000104", qualifiers=character("Min-hee")),
    item("P86", "Q90000105"), item("P272", "Q90000201"), item("P750", "Q907311"),
    string("P345", "tt15353916"), string("P4947", "1004663")])
the_call = entity("Q90000002", label_map(en="The Call", ko="콜"), [
    item("P31", FILM), title("콜", "ko"),
    time("P577", "+2020-11-27T00:00:00Z", 11), time("P577", "+2021-01-15T00:00:00Z", 11),
    item("P57", "Q90000101"), item("P58", "Q90000101"),
    empty("P161", "somevalue"), item("P161", "Q90000106"), empty("P161", "novalue"), item("P161", "Q90000102"),
    empty("P86", "novalue"), item("P750", "Q907311"), string("P345", "tt10530176")])
hellbound = entity("Q90000003", label_map(en="Hellbound", ko="지옥"), [
    item("P31", SERIES), time("P577", "+2021-00-00T00:00:00Z", 9),
    item("P57", "Q90000107"), item("P161", "Q90000108"), item("P86", "Q90000105"), item("P344", "Q90000111"),
    item("P449", "Q907311")])
dp = entity("Q90000004", label_map(en="D.P.", ko="D.P."), [
    item("P31", SERIES), time("P577", "+2021-08-00T00:00:00Z", 10),
    item("P57", "Q90000112"), item("P161", "Q90000109"), item("P161", "Q90000110"), item("P86", "Q90000105"),
    item("P449", "Q907311")])
nameless_work = entity("Q90000005", {}, [item("P31", FILM), item("P57", "Q90000101")])

lee = entity("Q90000101", label_map(en="Lee Chung-hyun", ko="이충현", ja="イ・チュンヒョン"), [
    item("P31", HUMAN), string("P345", "nm7652862"), string("P4985", "1527408"),
    time("P569", "+1990-00-00T00:00:00Z", 9)], aliases=alias_map(en=["Lee Choong Hyun"]))
jeon = entity("Q90000102", label_map(en="Jeon Jong-seo", ko="전종서", ja="チョン・ジョンソ", fr="Jeon Jong-seo",
                                     zh="全钟瑞"), [
    item("P31", HUMAN), string("P345", "nm9112345"), string("P4985", "2099467"),
    time("P569", "+1994-07-05T00:00:00Z", 11)], aliases=alias_map(en=["Jun Jong-seo"], ko=["전종서"]))
kim = entity("Q90000103", label_map(ko="김지훈", en="Kim Ji-hoon"), [item("P31", HUMAN)])
park_yu_rim = entity("Q90000104", label_map(en="Park Yu-rim", ko="박유림"), [item("P31", HUMAN)])
gray = entity("Q90000105", label_map(ko="그레이", mul="GRAY"), [item("P31", HUMAN)],
              aliases=alias_map(en=["Lee Sung-hwa"]))
park_shin_hye = entity("Q90000106", label_map(en="Park Shin-hye", ko="박신혜"), [item("P31", HUMAN)])
kim_hyun_joo = entity("Q90000108", label_map(en="Kim Hyun-joo", ko="김현주"), [item("P31", HUMAN)])
jung = entity("Q90000109", label_map(en="Jung Hae-in", ko="정해인"), [item("P31", HUMAN)])
koo = entity("Q90000110", label_map(en="Koo Kyo-hwan", ko="구교환"), [item("P31", HUMAN)])
nameless_person = entity("Q90000111", {}, [item("P31", HUMAN)])
han = entity("Q90000112", label_map(ko="한준희"), [item("P31", HUMAN)])
netflix = entity("Q907311", label_map(en="Netflix", ko="넷플릭스"), [])
climax = entity("Q90000201", label_map(ko="클라이맥스 스튜디오"), [])
director = {"type": "property", "datatype": "wikibase-item", "id": "P57",
            "labels": label_map(en="director"), "claims": {}}

# Lee comes before The Call (which credits him) and after Ballerina (which credits him too); Jeon comes
# after both; Yeon Sang-ho (Q90000107) is credited on Hellbound and not in the file.
array_order = [ballerina, lee, the_call, director, hellbound, jeon, kim, park_yu_rim, gray, park_shin_hye,
               kim_hyun_joo, nameless_work, dp, jung, koo, nameless_person, han, netflix, climax]
ndjson_order = [jeon, dp, netflix, the_call, climax, kim, director, lee, han, hellbound, park_yu_rim,
                nameless_work, gray, koo, park_shin_hye, jung, ballerina, nameless_person, kim_hyun_joo]


def line(e):
    return json.dumps(e, ensure_ascii=False, separators=(",", ":"))


with open("ballerina.json", "w", encoding="utf-8") as f:
    f.write("[\n" + ",\n".join(line(e) for e in array_order) + "\n]\n")
with open("ballerina.ndjson", "w", encoding="utf-8") as f:
    f.write("".join(line(e) + "\n" for e in ndjson_order))
