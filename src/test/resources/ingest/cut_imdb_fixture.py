"""Cuts imdb/ from the genuine IMDb subset in ../shared/data/imdb-sample (run from the project dir).

Lines are copied byte for byte, in the source's order: the chosen titles, all their principals,
the people those principals name (six of them are missing from the source, and stay missing), and
five unrelated people that an import must not emit.
"""
SRC = '../shared/data/imdb-sample'
DST = 'src/test/resources/ingest/imdb'

# Each title is here for a reason the tests rely on.
TITLES = {
    'tt9806258',  # Shadowtown: actresses, Icelandic names
    'tt9806300',  # Waga ai no ki: Japanese names (Yôko Yaguchi), 1941
    'tt9806336',  # Rising High: a production_designer (left out)
    'tt9806370',  # The Owners: characters ["Mary","Jane"]
    'tt9806262',  # Rogue: startYear \N
    'tt9806954',  # Havenfall: no principals at all
    'tt9811746',  # no principals at all
    'tt9809952',  # credits nm10449319, who is not in name.basics
    'tt9822904',  # credits nm13131519, who is not in name.basics
    'tt9818628',  # adult, and credits nm10541003, who is not in name.basics
    'tt9811452',  # adult
    'tt9810480',  # self (left out) and a director
    'tt9810488',  # self only: an empty credit list
    'tt9820914',  # archive_footage (left out)
    'tt9808268',  # every mapped category
    'tt9808874',  # every mapped category
    'tt9838780',  # nm1167899 listed twice as actor (orderings 2 and 6)
    'tt9873892',  # Stephen "Dr" Love: quotes are text in IMDb TSV
    'tt9817190',  # characters ["Maximus","Mixi"]
}


def lines(name):
    with open(f'{SRC}/{name}', encoding='utf-8', newline='') as f:
        return f.readlines()


def write(name, kept):
    with open(f'{DST}/{name}', 'w', encoding='utf-8', newline='') as f:
        f.writelines(kept)


basics = lines('title.basics.tsv')
write('title.basics.tsv', [basics[0]] + [l for l in basics[1:] if l.split('\t')[0] in TITLES])
principals = lines('title.principals.tsv')
kept = [l for l in principals[1:] if l.split('\t')[0] in TITLES]
write('title.principals.tsv', [principals[0]] + kept)
people = {l.split('\t')[2] for l in kept}
names = lines('name.basics.tsv')
unrelated = [l for l in names[1:] if l.split('\t')[0] not in people][:5]
write('name.basics.tsv', [names[0]] + [l for l in names[1:] if l.split('\t')[0] in people or l in unrelated])
