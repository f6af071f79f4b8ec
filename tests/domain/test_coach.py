"""The accountability coach: its corpus figures, each category, spans and odd input.

Run with ``-s`` to see the corpus figures printed.
"""

from __future__ import annotations

import itertools
import tomllib
from pathlib import Path
from typing import Any

import pytest
from coach_figures import describe, figures
from hypothesis import given, settings
from hypothesis import strategies as st

from trustjournal.domain.coach import check, load_coach

CORPUS = Path(__file__).with_name("coach_corpus.toml")
REQUIRED = {
    "conditional_apology",
    "feelings_blaming",
    "minimising",
    "blaming_partner",
    "pressure_to_move_on",
    "already_apologised",
    "undoing_but",
}


def statements() -> list[dict[str, Any]]:
    return list(tomllib.loads(CORPUS.read_text(encoding="utf-8"))["statement"])


# -- the corpus --------------------------------------------------------------------------------


def test_corpus_is_large_and_varied_enough() -> None:
    items = statements()
    deflecting = [s for s in items if s["label"] == "deflecting"]
    accountable = [s for s in items if s["label"] == "accountable"]
    assert len(items) >= 400
    assert len(deflecting) >= 200 and len(accountable) >= 150
    assert {s["label"] for s in items} == {"deflecting", "accountable"}
    covered = {c for s in deflecting for c in s["categories"]}
    assert covered >= REQUIRED
    assert all(set(s["categories"]) <= {c.id for c in load_coach().categories} for s in deflecting)
    texts = [s["text"] for s in items]
    assert len(texts) == len(set(texts)), "a statement appears twice"
    batches = {s.get("held_out") for s in items}
    assert {"A", "B"} <= batches, "the two batches written around the rules' rebuilding"


def test_corpus_recall_and_false_alarms() -> None:
    items = statements()
    whole = figures(items)
    print()
    print(describe("whole corpus", whole))
    print(describe("first tuning set", figures([s for s in items if not s.get("held_out")])))
    # Batches in the order they were written (their names are numbers, then letters).
    for batch in dict.fromkeys(s["held_out"] for s in items if s.get("held_out")):
        chosen = [s for s in items if s.get("held_out") == batch]
        print(describe(f"held-out batch {batch}", figures(chosen)))
    for s in items:
        found = check(s["text"])
        if s["label"] == "deflecting" and not found:
            print("  missed:", s["text"])
        if s["label"] == "accountable" and found:
            print("  false alarm:", s["text"], [s["text"][f.start : f.end] for f in found])
    assert whole["recall"] >= 0.9
    # At most one false alarm per twenty accountable statements.
    assert whole["alarms"] * 20 <= whole["accountable"]


# -- each category -------------------------------------------------------------------------------

FLAGGED = {
    "conditional_apology": [
        ("I'm sorry if I hurt you.", "sorry if"),
        ("I apologise if anything I said upset you", "apologise if"),
        ("If my words hurt you, I regret that.", "If my words hurt you"),
        ("Sorry for whatever I did.", "whatever I did"),
        ("I may have upset you last week.", "I may have upset you"),
        # Structures rather than phrases: an apology whose object runs on into "if".
        ("Sorry about last night if I came off harsh.", "Sorry about last night if"),
    ],
    "feelings_blaming": [
        ("I'm sorry you feel that way.", "sorry you feel"),
        ("I’m sorry you’re upset.", "sorry you’re upset"),
        ("SORRY YOU TOOK IT SO HARD", "SORRY YOU TOOK"),
        ("You took it way too personally.", None),
        ("You're being too sensitive about this.", "You're being too sensitive"),
        ("I don't understand why you're still so upset.", None),
        # An apology whose object is the partner's feeling, not the act.
        ("I regret that you felt betrayed.", "I regret that you felt"),
        ("I apologise for however you ended up feeling.", None),
    ],
    "minimising": [
        ("It wasn't a big deal.", "wasn't a big deal"),
        ("It was only a couple of drinks.", None),
        ("Nothing happened, I promise.", "Nothing happened"),
        ("You're overreacting.", "You're overreacting"),
        ("it was just coffee with an old friend", None),
        ("You're blowing this way out of proportion.", None),
        ("Honestly it was barely anything.", None),
        ("The messages were harmless banter.", None),
        # Decided: "it meant nothing" shrinks what broke their trust, so it is noted.
        ("It meant nothing to me.", "It meant nothing"),
    ],
    "blaming_partner": [
        ("You made me do it.", "You made me do"),
        ("I only looked elsewhere because you were always so distant.", None),
        ("If you hadn't checked my phone we wouldn't be fighting.", None),
        ("Honestly, it's partly your fault.", "it's partly your fault"),
        ("You left me no choice.", "You left me no choice"),
        # The cause moved onto the partner, however it is worded.
        ("If you'd paid me attention, I'd never have strayed.", "If you'd paid me attention"),
        ("You weren't exactly innocent either.", None),
        ("You stopped wanting to spend time with me.", None),
    ],
    "pressure_to_move_on": [
        ("Just get over it.", None),
        ("We need to move on.", None),
        ("Please let it go.", "let it go"),
        ("How long will you keep bringing this up?", None),
        ("Can't we just have one normal evening?", None),
        ("Why can't you just trust me?", None),
        ("Do we have to talk about this again?", None),
        ("Let's not dwell on it tonight.", "Let's not dwell on"),
        ("At some point you have to decide to trust me again.", None),
        ("Every time we have a good day you drag it all back up.", "drag it all back up"),
        # Anchored on "by now", marked from the words it needs before it.
        ("I thought you'd trust me by now.", "thought you'd trust me by now"),
    ],
    "already_apologised": [
        ("I already apologised.", "I already apologised"),
        ("I've already said sorry!", None),
        ("I already apologized for that", None),
        ("How many times do I have to say it?", None),
        ("I've said sorry a thousand times.", None),
        ("What more do you want from me?", None),
        ("I can't keep apologising forever.", "keep apologising forever"),
    ],
    "undoing_but": [
        ("I'm sorry, but you were never home.", "but"),
        ("I apologise. But you need to see my side too.", "But"),
        ("I was wrong, however you pushed me to it.", "however"),
        ("I take full responsibility, but I wasn't the only one who messed up.", "but"),
        ("I know I hurt you. Still, you hurt me too.", "Still"),
        ("I apologise for the texts though you read my phone.", "though"),
    ],
    "vague_ownership": [
        ("Mistakes were made.", "Mistakes were made"),
        ("It just happened.", None),
        ("One thing led to another.", None),
        ("Mistakes happened on both sides.", "Mistakes happened"),
    ],
    "deflecting_excuse": [
        ("I was drunk.", "I was drunk"),
        ("I wasn't myself that summer.", None),
        ("I didn't mean to hurt you.", None),
        ("It only happened because I was lonely.", None),
        ("The only reason I hid it was to protect you.", None),
    ],
    "my_own_hurt": [
        ("Do you know how hard this has been for me?", "how hard this has been for me"),
        ("Fine, I'm the bad guy.", "Fine, I'm the bad guy"),
        ("I'm hurting too.", "I'm hurting too"),
    ],
}


@pytest.mark.parametrize(
    ("category", "text", "words"),
    [(category, text, words) for category, cases in FLAGGED.items() for text, words in cases],
)
def test_each_category_notes_its_wording(category: str, text: str, words: str | None) -> None:
    found = check(text)
    assert category in {f.category for f in found}, (text, found)
    finding = next(f for f in found if f.category == category)
    if words is not None:
        assert text[finding.start : finding.end] == words


ACCOUNTABLE = [
    "I'm sorry I lied — you have every right to be hurt.",
    "I won't ask you to move on; take the time you need.",
    "There is no 'but' — I did it.",
    "I'm sorry. I was wrong, and I lied about where I was.",
    "If you want to ask me again, I'll answer again.",
    "You didn't make me do anything; I chose it.",
    "I said nothing happened, and that was a lie.",
    "I'm not asking you to let it go.",
    "You're not overreacting.",
    "None of this is your fault.",
    "I'm sorry you were hurt by what I did, and I did it.",
    "I'm sorry, but sorry isn't enough, so here is what I'll do.",
    "I'm sorry — no buts.",
    "I'm sorry not only for lying but for blaming you.",
    "I used to say “you're too sensitive”. That was cruel.",
    "I keep wanting to say it just happened, but it didn't just happen.",
    "You have every right to bring it up whenever you need.",
    "I don't expect you to get past this quickly.",
    "I let you believe it was your fault. It never was.",
    "I was drunk, and that's no excuse.",
    "It meant nothing to me, and that doesn't make it any less of a betrayal.",
    "I'm sorry I lied to you even though you asked me straight.",
    "I apologise for lying, and I'll keep answering however long it takes.",
]


@pytest.mark.parametrize("text", ACCOUNTABLE)
def test_owning_wording_with_trigger_words_is_left_alone(text: str) -> None:
    assert check(text) == []


def test_typographic_apostrophes_case_and_spellings_are_all_read() -> None:
    for text in [
        "I already apologised.",
        "I already apologized.",
        "I ALREADY APOLOGISED.",
        "I’ve already apologised.",
        "I‘ve already apologized.",
        "I ve already apologised.",  # a typo is not matched: whole words only
    ][:5]:
        assert [f.category for f in check(text)] == ["already_apologised"], text
    assert check("I\u00a0already\napologised") != []


# -- spans ---------------------------------------------------------------------------------------


def test_spans_are_string_indices_into_the_original_text() -> None:
    text = "🙏🏽 Ça m’a pris du temps. I’m sorry you feel that way 💔, it wasn’t a big deal."
    found = check(text)
    assert [text[f.start : f.end] for f in found] == ["sorry you feel", "wasn’t a big deal"]
    assert [f.category for f in found] == ["feelings_blaming", "minimising"]


def test_findings_are_sorted_and_never_overlap() -> None:
    text = (
        "I'm sorry if you feel hurt, but you made me do it. It was only a few texts. "
        "Can't we just move on? I already apologised. Mistakes were made. "
    ) * 3
    found = check(text)
    assert len(found) >= 15
    assert found == sorted(found, key=lambda f: f.start)
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


def test_a_span_never_starts_inside_a_word() -> None:
    assert check("Unsorry if that's a word.") == []
    assert check("heletitgo") == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "I'm sorry, but ",
                "sorry if ",
                "you made me ",
                "it was only ",
                "move on ",
                "🙂",
                "é",
                "İ",
                "\n",
                "“",
                "’",
                ". ",
                "x",
                " ",
            ]
        )
        | st.text(max_size=6),
        max_size=40,
    )
)
def test_any_text_gives_well_formed_findings(parts: list[str]) -> None:
    text = "".join(parts)
    found = check(text)
    assert found == sorted(found, key=lambda f: f.start)
    for finding in found:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end].strip() == text[finding.start : finding.end]
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


# -- odd input -----------------------------------------------------------------------------------


def test_empty_and_blank_text_give_nothing() -> None:
    assert check("") == []
    assert check("   \n\t ") == []


def test_text_in_other_languages_does_not_crash() -> None:
    for text in [
        "Lo siento si te hice daño, pero nunca estabas en casa.",
        "对不起，我错了。",
        "آسف، كنت مخطئا",
        "İstanbul’da İLK kez",  # "İ" lowers to two characters
        "Entschuldigung, aber du warst nie zu Hause.",
        "\u200b\ufeff\u0301",
    ]:
        for finding in check(text):
            assert 0 <= finding.start < finding.end <= len(text)
    # A capital that lowers to two characters does not shift the spans after it.
    text = "İİİ I already apologised"
    (finding,) = check(text)
    assert text[finding.start : finding.end] == "I already apologised"


def test_very_long_text_is_checked_whole() -> None:
    # How fast is measured in bench/bench_coach.py, not here: this machine is shared.
    paragraph = (
        "I lied to you about where I was, and that was wrong. I understand why you can't "
        "trust me right now 💔. Today I showed you my messages before you asked. "
        "I'm sorry, but you were never home. It was only a few texts. "
    )
    text = paragraph * (10_000 // len(paragraph.split()) + 1)
    assert len(text.split()) >= 10_000
    found = check(text)
    assert len(found) == 3 * text.count("never home")
    assert {f.category for f in found} == {"undoing_but", "blaming_partner", "minimising"}
    assert all(
        text[f.start : f.end] in ("but", "you were never home", "It was only a few texts")
        for f in found
    )
