"""Build quotes/lang/en/given-names-world.txt from nomquamgender's name table.

Usage: python tools/build_world_given_names.py NAME_DATA > quotes/lang/en/given-names-world.txt

NAME_DATA is ``nomquamgender/name_data.json`` of the `nomquamgender` 0.1.4 wheel (MIT,
Ian Van Buskirk: a table of given names gathered from name lists of many countries): for
each folded given name, how many of the lists hold it, how many people it counts, and
the share of them that are women. The US Social Security counts
(given-names-ssa.txt) know few names of continental Europe, Turkey or Africa (`Hanneke`,
`Bengt`, `Jurgis`, `Tigist`), so `he` may take a woman so named: this list adds the names
they lack that at least ``MIN_SOURCES`` lists and ``MIN_PEOPLE`` people give, ``MIN_SHARE``
or more of one sex, in plain letters, and no common English word (the model's lemma
index: not `can`, `into`, `bent`). Run after given-names-ssa.txt and given-names-either.txt
are built: names they hold are left out.
"""

from __future__ import annotations

import json
import re
import sys

from quotes.genders import first_names
from quotes.language import table, word_list
from quotes.model import load_model
from quotes.proper_runs import CommonWords

MIN_SOURCES = 10
MIN_PEOPLE = 100
MIN_SHARE = 0.95
#: A folded given name in plain letters, one hyphen at most (`marie-claire`).
PLAIN = re.compile(r"[a-z]{3,}(-[a-z]{3,})?")

HEADER = f"""\
# Given names of many countries that the US counts (given-names-ssa.txt) lack, and the
# sex most people given them have: used only to tell whether `he` or `she` can refer to a
# person and that a capitalised word is a given name (`Hanneke ter Borg`, `Bengt`,
# `Jurgis`, `Tigist`); a name missing here leaves the gender unknown, never wrong.
# Source: the name table of nomquamgender 0.1.4 (MIT, Ian Van Buskirk: given names
# gathered from name lists of many countries, with the share of women). Built by
# tools/build_world_given_names.py: names that {MIN_SOURCES} lists or more and \
{MIN_PEOPLE} people or more
# give, {MIN_SHARE:.0%} or more of one sex, in plain letters, no common English word, and
# in neither given-names-ssa.txt nor given-names-either.txt (which win).
# Format: one `name m` or `name f` per line, folded (lower case, no accents).
# Used by quotes/genders.py (gender_of_given).
"""


def main(path: str) -> None:
    """Print the name file built from nomquamgender's table at ``path``."""
    with open(path, encoding="utf-8") as handle:
        names = json.load(handle)
    known = {name for name, _ in table("given-names-ssa")} | set(first_names())
    known |= word_list("given-names-either")
    common = CommonWords(load_model())
    sys.stdout.write(HEADER)
    for name in sorted(names):
        sources, people, women = names[name][:3]
        if sources < MIN_SOURCES or people < MIN_PEOPLE or not PLAIN.fullmatch(name):
            continue
        if name in known or name in common:
            continue
        if women >= MIN_SHARE:
            sys.stdout.write(f"{name} f\n")
        elif women <= 1 - MIN_SHARE:
            sys.stdout.write(f"{name} m\n")


if __name__ == "__main__":
    main(sys.argv[1])
