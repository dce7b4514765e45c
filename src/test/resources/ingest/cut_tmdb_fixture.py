"""Cuts tmdb/ and tmdb-companies/ from the full TMDB 5000 files in ../shared/data/tmdb5000 (run from the project dir).

The rows are copied as they are (Python's csv module writes these files back byte for byte,
which was checked against the md5 sums in the data set's README), in the source's order.
"""
import csv, gzip, sys

csv.field_size_limit(10**9)
SRC = '../shared/data/tmdb5000'
DST = 'src/test/resources/ingest/tmdb'

# Each id is here for a reason the tests rely on.
IDS = {
    '19995',   # Avatar: a big, well-known credit list (James Cameron, James Horner)
    '603',     # The Matrix: two directors
    '282128',  # An American in Hollywood: Richard Carroll Jr. cast twice (Josiah, Ayoka)
    '67373',   # This Thing of Ours: a person cast twice
    '37985',   # The Trials Of Darryl Hunt: two directors, no cast
    '42497',   # Pink Narcissus: two "Music" composers; crew jobs Story, Cinematography ignored
    '89708',   # Samsara: several composers
    '14022',   # Slacker: Richard Linklater directs, writes and acts; an empty character
    '202604',  # The Vatican Exorcisms: director who acts
    '447027',  # Running Forever: no cast and no crew
    '47686',   # Dream with the Fishes: crew but no director
    '4550',    # Sympathy for Lady Vengeance: every mapped crew job
    '28',      # Apocalypse Now: every mapped crew job
    '218500',  # The Ballad of Gregorio Cortez: non-ASCII names
    '258755',  # Hidden Away: non-ASCII names
    '76349',   # 1911: CJK name
    '253450',  # The Assassin: CJK name
    '139948',  # Burn: a name with quotes (Brendan "Doogie" Milewski)
    '11959',   # UHF: names with quotes
    '78705',   # Live-In Maid: a name with a trailing space ('Norma Argentina ')
    '54897',   # The Grace Card: names with surrounding whitespace
    '11342',   # Warlock: overview with a bare CR inside a quoted field
    '25248',   # Saint Ralph: overview with a bare CR
    '11891',   # Kung Pow: overview with a bare CR
    '380097',  # America Is Still the Place: empty release_date
    '34101',   # Steve James (id 55271) ...
    '14275',   # ... and another Steve James (id 122449)
    '354624',  # Heroes of Dirt: two Eric Bugbees (1562421 directs, 1562422 writes)
}

# A company reunion: both produced by Halestorm Entertainment (company 4003), both directed by Kurt Hale
# with Kirby Heyborne in the cast.
COMPANY_IDS = {
    '16653',   # The Singles Ward (2002-01-30)
    '36825',   # The R.M. (2003-01-31)
}


def cut(name, key, ids, dst):
    with gzip.open(f'{SRC}/{name}.gz', 'rt', encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f))
    k = rows[0].index(key)
    kept = [rows[0]] + [r for r in rows[1:] if r[k] in ids]
    assert len(kept) == len(ids) + 1, (name, len(kept))
    with open(f'{dst}/{name}', 'w', encoding='utf-8', newline='') as f:
        csv.writer(f, lineterminator='\n').writerows(kept)


for ids, dst in ((IDS, DST), (COMPANY_IDS, DST + '-companies')):
    cut('tmdb_5000_credits.csv', 'movie_id', ids, dst)
    cut('tmdb_5000_movies.csv', 'id', ids, dst)
