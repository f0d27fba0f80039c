"""The documents `worst_case.py` times: one seeded generator a shape, each making a text of
n units (sentences, paragraphs, marks, names, ... as the shape says; characters for the
repeated shapes), and ordinary news prose to set them against.

Kept apart from the timing so that a reader finds every shape in one place and a new one
is one function and one line of `SHAPES`.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable

GIVEN = ["Ana", "Bram", "Chidi", "Dana", "Eun-ji", "Farid", "Greta", "Hiroshi", "Ines", "Jonas",
         "Kemi", "Lars", "Mira", "Nuno", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tove"]
FAMILY = ["Achebe", "Brandt", "Castillo", "Dubois", "Eriksen", "Fontaine", "Gupta", "Halvorsen",
          "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov",
          "Quiroga", "Rahman", "Sorensen", "Tanaka"]
NOUNS = ["council", "bridge", "budget", "harbour", "school", "union", "ferry", "clinic",
         "railway", "market", "library", "court"]
ADJECTIVES = ["closed", "late", "safe", "ready", "too expensive", "under review", "finished",
              "delayed", "popular", "short of staff"]
MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "„"]


def name(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def clause(rng: random.Random) -> str:
    return f"the {rng.choice(NOUNS)} was {rng.choice(ADJECTIVES)}"


def news_sentence(rng: random.Random) -> str:
    """One sentence of an ordinary article: reported speech, a direct quote or narration."""
    kind = rng.randrange(4)
    who = name(rng)
    if kind == 0:
        return f"{who} said {clause(rng)}."
    if kind == 1:
        return f"“{clause(rng).capitalize()},” {who} said."
    if kind == 2:
        return f"The {rng.choice(NOUNS)} opened in {rng.randrange(1900, 2024)}."
    return f"According to {who}, {clause(rng)}."


# Each shape: (units at 1n for --scale 1, so 8n is the brief's size; generator).
def many_short_quotes(n: int, rng: random.Random) -> str:
    # `"Yes," Ana Brandt said. "No," said Bram Gupta. ...` in one paragraph
    words = ["Yes", "No", "Never", "Maybe", "Soon", "Later", "Agreed", "Wrong"]
    return " ".join(
        f"\"{rng.choice(words)},\" {name(rng)} said." if k % 2 else
        f"\"{rng.choice(words)},\" said {name(rng)}."
        for k in range(n)
    )


def long_paragraph(n: int, rng: random.Random) -> str:
    # one paragraph of n sentences of news (about 7 words each)
    return " ".join(news_sentence(rng) for _ in range(n))


def one_line_paragraphs(n: int, rng: random.Random) -> str:
    return "\n".join(news_sentence(rng) for _ in range(n))


def mark_soup(n: int, rng: random.Random) -> str:
    # thousands of unbalanced quote marks of every kind between words
    return " ".join(
        rng.choice(MARKS) + rng.choice(NOUNS) + (rng.choice(MARKS) if rng.random() < 0.3 else "")
        + (" said " + name(rng) + "." if rng.random() < 0.1 else "")
        for _ in range(n)
    )


def alternating_marks(n: int, rng: random.Random) -> str:
    # `“budget” «ferry» „clinic“ ‘court’ "bridge' …`: pairs and near-pairs in turn
    pairs = [("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"), ('"', "'"), ("'", '"'), ("”", "“")]
    return " ".join(
        f"{a}{rng.choice(NOUNS)}{b}" + (f" {name(rng)} said." if k % 5 == 0 else "")
        for k in range(n)
        for a, b in [pairs[k % len(pairs)]]
    )


def nested_quotes(n: int, rng: random.Random) -> str:
    # `“A said ‘B said “C said … ” ’ ”`, n deep, in one sentence
    opens = [("“", "”"), ("‘", "’")]
    head = "".join(f"{name(rng)} said {opens[k % 2][0]}" for k in range(n))
    tail = "".join(f" done{opens[k % 2][1]}" for k in reversed(range(n)))
    return f"{head}{clause(rng)}{tail}."


def name_list(n: int, rng: random.Random) -> str:
    # `Ana Brandt, Bram Gupta, …, and Tove Rahman said "…"`
    names = ", ".join(name(rng) for _ in range(n))
    return f"{names} and {name(rng)} said: “We will appeal.” The list ends here."


def according_to(n: int, rng: random.Random) -> str:
    # `According to Ana Brandt, the ferry was late.` n times in one paragraph
    return " ".join(f"According to {name(rng)}, {clause(rng)}." for _ in range(n))


def yes_paragraphs(n: int, rng: random.Random) -> str:
    # `"Yes," he said.` as n one-line paragraphs, one name before them all
    return f"{name(rng)} came in.\n\n" + "\n\n".join('"Yes," he said.' for _ in range(n))


def open_mark(n: int, rng: random.Random) -> str:
    # one quote mark at the start of n words that it never closes
    return "“" + " ".join(rng.choice(NOUNS) for _ in range(n)) + "."


def said_open_mark(n: int, rng: random.Random) -> str:
    # `Ana Brandt said: "` before n sentences of one paragraph, the mark never closed
    return f'{name(rng)} said: "' + " ".join(f"{clause(rng).capitalize()}." for _ in range(n))


def html_paragraphs(n: int, rng: random.Random) -> str:
    # a page's markup on one line: `<p>&ldquo;The ferry was late,&rdquo; <b>Ana Brandt</b>
    # said.</p>` n times, tags and entities glued to the words
    return "".join(f'<p class="body">&ldquo;{clause(rng).capitalize()},&rdquo; '
                   f"<b>{name(rng)}</b> said.<br/></p>" for _ in range(n))


def open_comments(n: int, rng: random.Random) -> str:
    # `<!-- Ana Brandt said the ferry was late.` n times on one line, no comment closed
    return " ".join(f"<!-- {name(rng)} said {clause(rng)}." for _ in range(n))


def nested_brackets(n: int, rng: random.Random) -> str:
    # `((((… Ana Brandt said the ferry was late. …))))`, n deep
    return "(" * n + f"{name(rng)} said {clause(rng)}." + ")" * n


def said_sentences(n: int, rng: random.Random) -> str:
    # 10,000 `said` with no quote: `Ana Brandt said the ferry was late.` in one paragraph
    return " ".join(f"{name(rng)} said {clause(rng)}." for _ in range(n))


def said_words(n: int, rng: random.Random) -> str:
    # `said said said …`: a cue with nothing around it
    return " ".join("said" for _ in range(n)) + "."


def transcript(n: int, rng: random.Random) -> str:
    # `ANA BRANDT: The ferry was late.` lines
    speakers = [name(rng).upper() for _ in range(6)]
    return "\n".join(
        f"{rng.choice(speakers)}: {clause(rng).capitalize()}." for _ in range(n)
    )


def transcript_greetings(n: int, rng: random.Random) -> str:
    # `ANA BRANDT: Yes, Tomas Berg, the ferry was late.`: each turn greets someone by name
    speakers = [name(rng).upper() for _ in range(6)]
    return "\n".join(
        f"{rng.choice(speakers)}: Yes, {name(rng)}, {clause(rng)}." for _ in range(n)
    )


def office_acronym(n: int, rng: random.Random) -> str:
    # an office spelled out once with its holder, then `The MCE said …` n times
    return "The Municipal Chief Executive, Hon. Gifty Sarfo, opened the market. " + " ".join(
        f"The MCE said {clause(rng)}." for _ in range(n)
    )


def live_blog(n: int, rng: random.Random) -> str:
    # `14:05 GMT` then a post with a quote, n posts
    posts = []
    for k in range(n):
        stamp = f"{(k // 60) % 24:02d}:{k % 60:02d} GMT"
        posts.append(f"{stamp}\n{name(rng)} said: “{clause(rng).capitalize()}.” "
                     f"{news_sentence(rng)}")
    return "\n\n".join(posts)


def boilerplate(n: int, rng: random.Random) -> str:
    # the same paragraph n times (a footer pasted into every page of a scrape)
    para = ("“We are committed to serving our readers,” the editor, Rosa Moreau, said. "
            "Subscribe to our newsletter for the latest news.")
    return "\n\n".join(para for _ in range(n))


def text_table(n: int, rng: random.Random) -> str:
    # a table pasted as text: `| Ana Brandt | 12.5 | 47% | "yes" |` rows
    rows = ["| Name | Votes | Share | Answer |", "|---|---:|---:|---|"]
    rows += [f"| {name(rng)} | {rng.randrange(10**5)} | {rng.random() * 100:.1f}% | "
             f"\"{rng.choice(['yes', 'no', 'abstain'])}\" |" for _ in range(n)]
    return "Results by candidate, the council said:\n" + "\n".join(rows)


def odd_characters(n: int, rng: random.Random) -> str:
    # long URLs, emoji, right-to-left text and combining marks around quotes
    units = [
        lambda: "https://example.org/" + "/".join(rng.choice(NOUNS) for _ in range(30))
        + "?id=" + "".join(rng.choice("abcdef0123456789") for _ in range(64)),
        lambda: "🙂👍🏽🇳🇴 " * rng.randrange(1, 4),
        lambda: "قال المتحدث إن الجسر مغلق. אמר הדובר שהגשר סגור.",
        lambda: "Ze\u0301\u0308\u0327ro cafe\u0301 na\u0308i\u0308ve " * 2,
        lambda: f"“{clause(rng).capitalize()} 🙂,” {name(rng)} said.",
    ]
    return " ".join(rng.choice(units)() for _ in range(n))


def all_caps(n: int, rng: random.Random) -> str:
    return " ".join(news_sentence(rng).upper() for _ in range(n))


def all_digits(n: int, rng: random.Random) -> str:
    return " ".join(str(rng.randrange(10**9)) for _ in range(n))


def base64_blob(n: int, rng: random.Random) -> str:
    # an article with a base64 blob of n KB (one line) in the middle
    blob = base64.b64encode(rng.randbytes(n * 768)).decode("ascii")
    article = " ".join(news_sentence(rng) for _ in range(20))
    return f"{article}\n\n<img src=\"data:image/png;base64,{blob}\">\n\n{article}"


# The repeated shapes: a phrase pasted into one sentence, a line repeated, one paragraph
# as long as the text. Their n counts characters (8n is 25,000 at --scale 1).
CHARS_AT_1N = 3125


def repeated(unit: str, tail: str = "the ferry was late.") -> Callable[[int, random.Random], str]:
    """`unit` pasted into one sentence up to n characters, then `tail`."""
    return lambda chars, rng: unit * max(1, (chars - len(tail)) // len(unit)) + tail


def lines_of(unit: str) -> Callable[[int, random.Random], str]:
    """`unit` as one line, as many lines as fill n characters."""
    return lambda chars, rng: "\n".join([unit] * max(1, chars // (len(unit) + 1)))


def prose(chars: int, rng: random.Random, paragraph: int = 4) -> str:
    """Ordinary news sentences, `paragraph` to a paragraph, up to `chars` characters."""
    text = ""
    k = 0
    while len(text) < chars:
        text += ("\n\n" if k % paragraph == 0 else " ") if k else ""
        text += news_sentence(rng)
        k += 1
    return text[: text.rfind(".", 0, chars) + 1]


def one_paragraph(chars: int, rng: random.Random) -> str:
    """Prose with no paragraph break: a paragraph as long as the text."""
    return prose(chars, rng, paragraph=10**9)


def one_quote(chars: int, rng: random.Random) -> str:
    """One paragraph of prose inside one quotation, then its cue (the prose's own
    quotations nested: single marks)."""
    inner = one_paragraph(chars - 20, rng).replace("“", "‘").replace("”", "’")
    return "“" + inner + "” Ana Ruiz said."


def open_marks(chars: int, rng: random.Random) -> str:
    """Opening marks that never close, one before each word."""
    words = []
    size = 0
    while size < chars:
        words.append(rng.choice("“‘«„\"") + rng.choice(NOUNS))
        size += len(words[-1]) + 1
    return " ".join(words)


def told_that(chars: int, rng: random.Random) -> str:
    """`Ana Ruiz told Bo Lee that Ana Ruiz told …`, one sentence."""
    parts = []
    size = 0
    while size < chars - 30:
        parts.append(f"{name(rng)} told {name(rng)} that ")
        size += len(parts[-1])
    return "".join(parts) + clause(rng) + "."


REPEATED: dict[str, Callable[[int, random.Random], str]] = {
    "according_to_pasted": repeated("according to Ana Ruiz, "),
    "told_that": told_that,
    "told_that_same": repeated("Ana told Bo that "),
    "said_she_said": repeated("He said she said that "),
    "caps_said": repeated("RUIZ SAID ", "THE FERRY WAS LATE."),
    "he_said": repeated("he said "),
    "colon_lines": lines_of('Ruiz: "Yes."'),
    "one_paragraph": one_paragraph,
    "one_quote": one_quote,
    "open_marks": open_marks,
}


SHAPES: dict[str, tuple[int, Callable[[int, random.Random], str]]] = {
    "many_short_quotes": (1000, many_short_quotes),
    "long_paragraph": (900, long_paragraph),  # 8n: ~50,000 words
    "one_line_paragraphs": (625, one_line_paragraphs),  # 8n: 5,000 paragraphs
    "mark_soup": (1000, mark_soup),
    "alternating_marks": (1000, alternating_marks),
    "nested_quotes": (100, nested_quotes),
    "name_list": (250, name_list),  # 8n: 2,000 names
    "according_to": (500, according_to),  # 8n: 4,000 `According to`
    "yes_paragraphs": (2500, yes_paragraphs),  # 8n: 20,000 paragraphs
    "open_mark": (37500, open_mark),  # 8n: 300,000 words after one mark
    "said_open_mark": (6250, said_open_mark),  # 8n: 50,000 sentences after one mark
    "html_paragraphs": (500, html_paragraphs),  # 8n: 4,000 paragraphs in tags
    "open_comments": (1250, open_comments),  # 8n: 10,000 comments never closed
    "nested_brackets": (1250, nested_brackets),  # 8n: 10,000 brackets deep
    "said_sentences": (1250, said_sentences),  # 8n: 10,000 said
    "said_words": (1250, said_words),
    "transcript": (375, transcript),  # 8n: 3,000 lines
    "transcript_greetings": (375, transcript_greetings),  # 8n: 3,000 lines
    "office_acronym": (375, office_acronym),
    "live_blog": (250, live_blog),  # 8n: 2,000 posts
    "boilerplate": (63, boilerplate),  # 8n: ~500 paragraphs
    "text_table": (250, text_table),
    "odd_characters": (250, odd_characters),
    "all_caps": (500, all_caps),
    "all_digits": (2500, all_digits),
    "base64_blob": (128, base64_blob),  # 8n: ~1 MB
    **{shape: (CHARS_AT_1N, make) for shape, make in REPEATED.items()},
}
FACTORS = (1, 2, 4, 8)


def document(shape: str, n: int, seed: int) -> str:
    return SHAPES[shape][1](n, random.Random(f"{seed}:{shape}:{n}"))


def sizes(shape: str, scale: float) -> list[int]:
    base = max(1, round(SHAPES[shape][0] * scale))
    return [base * f for f in FACTORS]
