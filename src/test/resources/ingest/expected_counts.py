"""Independent count of what the parsers should produce, for the numbers asserted in the tests.

Run from the project dir: python3 src/test/resources/ingest/expected_counts.py
It uses Python's csv and json modules and the mapping rules of DESIGN.md section 4, and shares no
code with the Java parsers.
"""
import collections, csv, gzip, json, os

csv.field_size_limit(10**9)
JOBS = {'Director': 'director', 'Original Music Composer': 'composer', 'Music': 'composer',
        'Screenplay': 'writer', 'Writer': 'writer', 'Producer': 'producer',
        'Director of Photography': 'cinematographer', 'Editor': 'editor'}
CATEGORIES = {'director': 'director', 'actor': 'actor', 'actress': 'actor', 'composer': 'composer',
              'writer': 'writer', 'producer': 'producer', 'cinematographer': 'cinematographer',
              'editor': 'editor'}


def opener(path):
    return gzip.open(path, 'rt', encoding='utf-8', newline='') if path.endswith('.gz') \
        else open(path, encoding='utf-8', newline='')


def tmdb(credits, movies):
    with opener(movies) as f:
        rows = list(csv.DictReader(f))
    undated = sum(1 for r in rows if not r['release_date'])
    roles = collections.Counter()
    people = set()
    characters = 0
    with opener(credits) as f:
        works = 0
        for row in csv.DictReader(f):
            works += 1
            for c in json.loads(row['cast']):
                roles['actor'] += 1
                people.add(c['id'])
                characters += 1 if c['character'].strip() else 0
            for c in json.loads(row['crew']):
                if c['job'] in JOBS:
                    roles[JOBS[c['job']]] += 1
                    people.add(c['id'])
    print(f'  works={works} undated={undated} credits={sum(roles.values())} people={len(people)} '
          f'characters={characters} roles={dict(sorted(roles.items()))}')


def imdb(folder, include_adult=False):
    def table(name):
        with open(f'{folder}/{name}', encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        return [l.split('\t') for l in lines[1:] if l]
    kept = {r[0] for r in table('title.basics.tsv') if r[1] == 'movie' and (include_adult or r[4] != '1')}
    roles = collections.Counter()
    people = set()
    left_out = collections.Counter()
    for r in table('title.principals.tsv'):
        if r[0] not in kept:
            continue
        if r[3] in CATEGORIES:
            roles[CATEGORIES[r[3]]] += 1
            people.add(r[2])
        else:
            left_out[r[3]] += 1
    named = {r[0] for r in table('name.basics.tsv')}
    print(f'  works={len(kept)} credits={sum(roles.values())} people={len(people)} '
          f'missing={sorted(people - named)} roles={dict(sorted(roles.items()))} left_out={dict(left_out)}')


fixture = 'src/test/resources/ingest'
full = '../shared/data'
print('TMDB fixture')
tmdb(f'{fixture}/tmdb/tmdb_5000_credits.csv', f'{fixture}/tmdb/tmdb_5000_movies.csv')
print('IMDb fixture (movie, adult excluded)')
imdb(f'{fixture}/imdb')
print('IMDb fixture (movie, adult included)')
imdb(f'{fixture}/imdb', include_adult=True)
if os.path.isdir(full):
    print('TMDB 5000 full')
    tmdb(f'{full}/tmdb5000/tmdb_5000_credits.csv.gz', f'{full}/tmdb5000/tmdb_5000_movies.csv.gz')
    print('IMDb sample full (movie, adult excluded)')
    imdb(f'{full}/imdb-sample')
    print('IMDb sample full (movie, adult included)')
    imdb(f'{full}/imdb-sample', include_adult=True)
