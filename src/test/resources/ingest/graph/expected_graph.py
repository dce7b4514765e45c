"""Independent expectations for the graph-side import tests (src/test/java/org/ensemble/ingest/*Tests).

Run from the project dir: python3 src/test/resources/ingest/graph/expected_graph.py
Python csv/json only, no code shared with the Java importer. It applies DESIGN.md section 4 as the
graph stores it: one credit per distinct (work, person, role); a person per distinct id; one
COLLABORATED_WITH per distinct unordered pair of people credited on a common work.
"""
import collections, csv, gzip, itertools, json, os

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


def summary(teams, people):
    """teams: work -> set of (person, role)."""
    roles = collections.Counter(role for team in teams.values() for _, role in team)
    pairs = set()
    for team in teams.values():
        members = sorted({p for p, _ in team})
        pairs.update(itertools.combinations(members, 2))
    empty = sum(1 for team in teams.values() if not team)
    print(f'  works={len(teams)} people={len(people)} credits={sum(roles.values())} '
          f'collaborations={len(pairs)} works_without_credits={empty} roles={dict(sorted(roles.items()))}')
    return teams


def tmdb(credits, limit=None):
    teams = {}
    people = set()
    with opener(credits) as f:
        for i, row in enumerate(csv.DictReader(f)):
            if limit is not None and i >= limit:
                break
            team = set()
            for c in json.loads(row['cast']):
                team.add((c['id'], 'actor'))
            for c in json.loads(row['crew']):
                if c['job'] in JOBS:
                    team.add((c['id'], JOBS[c['job']]))
            teams[row['movie_id']] = team
            people.update(p for p, _ in team)
    return summary(teams, people)


def imdb(folder, include_adult=False):
    def table(name):
        with open(f'{folder}/{name}', encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        return [l.split('\t') for l in lines[1:] if l]
    kept = [r[0] for r in table('title.basics.tsv') if r[1] == 'movie' and (include_adult or r[4] != '1')]
    teams = {t: set() for t in kept}
    for r in table('title.principals.tsv'):
        if r[0] in teams and r[3] in CATEGORIES:
            teams[r[0]].add((r[2], CATEGORIES[r[3]]))
    people = {p for team in teams.values() for p, _ in team}
    summary(teams, people)


fixture = 'src/test/resources/ingest'
full = '../shared/data'
print('TMDB fixture')
teams = tmdb(f'{fixture}/tmdb/tmdb_5000_credits.csv')
print('  credits per movie, in file order:', [(m, len(t)) for m, t in teams.items()])
print('TMDB fixture, first 10 rows')
tmdb(f'{fixture}/tmdb/tmdb_5000_credits.csv', limit=10)
print('IMDb fixture (movie, adult excluded)')
imdb(f'{fixture}/imdb')
print('IMDb fixture (movie, adult included)')
imdb(f'{fixture}/imdb', include_adult=True)
if os.path.isdir(full):
    print('TMDB 5000 full')
    tmdb(f'{full}/tmdb5000/tmdb_5000_credits.csv.gz')
    print('IMDb sample full (movie, adult excluded)')
    imdb(f'{full}/imdb-sample')
