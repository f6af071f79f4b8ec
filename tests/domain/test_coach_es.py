"""The accountability coach in Spanish: its categories, each kind of wording, the dev corpus.

Run with ``-s`` to see the corpus figures printed. The rules' own checks (reach, the
quick pre-check, no accented patterns) run for every language in test_coach_rules.py.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from coach_figures import describe, figures, misses, read_statements

from trustjournal.domain import coach_text
from trustjournal.domain.coach import Finding, load_coach
from trustjournal.paths import resource

DEV_CORPUS = Path(__file__).with_name("coach_dev_es.toml")
# Written by someone else, independently of the rules: never tuned on. Read only inside
# its own test below.
HELD_OUT = Path(__file__).with_name("coach_corpus_es.toml")


def check(text: str) -> list[Finding]:
    return load_coach("es").check(text)


def categories_of(text: str) -> set[str]:
    return {f.category for f in check(text)}


# -- the rules file ------------------------------------------------------------------------------


def test_the_spanish_rules_load_with_the_english_categories_in_the_same_order() -> None:
    spanish, english = load_coach("es"), load_coach("en")
    assert spanish is not english
    assert [c.id for c in spanish.categories] == [c.id for c in english.categories]
    assert load_coach("es") is spanish  # read once and kept


def test_the_spanish_notes_are_short_kind_and_written_in_spanish() -> None:
    english = {c.id: c for c in load_coach("en").categories}
    for category in load_coach("es").categories:
        assert category.name.strip() and len(category.name) < 50
        assert len(category.message) < 120 and len(category.suggestion) < 140
        other = english[category.id]
        assert (category.name, category.message, category.suggestion) != (
            other.name,
            other.message,
            other.suggestion,
        )
    # "tú", never "usted" or "vos", as the rest of the app.
    texts = " ".join(
        f"{c.name} {c.message} {c.suggestion}" for c in load_coach("es").categories
    ).lower()
    assert "usted" not in texts and " vos " not in texts


# -- each category -------------------------------------------------------------------------------

FLAGGED: dict[str, list[tuple[str, str | None]]] = {
    "undoing_but": [
        ("Lo siento, pero tú tampoco me escuchabas.", "pero"),
        ("Te pido perdón. Pero también tienes que entender mi parte.", "Pero"),
        ("Me equivoqué, sin embargo creo que exageras.", "sin embargo"),
        ("Perdoname, aunque vos también tuviste tu parte.", "aunque"),
        ("Asumo la responsabilidad, pero no fui el único.", "pero"),
    ],
    "conditional_apology": [
        ("Perdón si te hice daño.", "Perdón si"),
        ("Perdon si te hice daño.", "Perdon si"),
        ("Lo siento si te sentiste mal.", "Lo siento si"),
        ("Si en algo te he fallado, te pido disculpas.", "Si en algo te he fallado"),
        ("Discúlpame si fui brusco.", "Discúlpame si"),
        (
            "Lamento cualquier daño que haya podido causarte.",
            "cualquier daño que haya podido causarte",
        ),
        ("Puede que te haya hecho daño.", "Puede que te haya hecho daño"),
        ("Perdone si le molestó mi comentario.", "Perdone si"),
        ("Disculpame si te lastimé, no era mi intención.", "Disculpame si"),
    ],
    "feelings_blaming": [
        ("Siento que te sientas así.", "Siento que te sientas"),
        ("Lamento que te hayas sentido herida.", "Lamento que te hayas sentido"),
        ("Siento que lo hayas tomado tan mal.", "Siento que lo hayas tomado"),
        ("Eres demasiado sensible.", "Eres demasiado sensible"),
        ("Sos muy sensible, che.", "Sos muy sensible"),
        ("Deja de hacerte la víctima.", "hacerte la víctima"),
        ("Lamento que se haya sentido ofendida.", "Lamento que se haya sentido"),
        ("Siento que estés tan enojado.", "Siento que estés tan enojado"),
    ],
    "already_apologised": [
        ("Ya te pedí perdón.", "Ya te pedí perdón"),
        ("Ya te pedi perdon.", "Ya te pedi perdon"),
        ("Ya me disculpé, ¿qué más quieres?", "Ya me disculpé"),
        ("¿Cuántas veces tengo que pedirte perdón?", "Cuántas veces tengo que"),
        ("Te he dicho mil veces que lo siento.", "he dicho mil veces que lo siento"),
        ("Ya le pedí disculpas.", "Ya le pedí disculpas"),
        ("Ya te pedí perdón, ¿qué más querés?", "Ya te pedí perdón"),
    ],
    "blaming_partner": [
        ("Si tú no hubieras estado tan distante, esto no habría pasado.", "Si tú no hubieras"),
        ("Me empujaste a buscar cariño fuera.", "Me empujaste a"),
        ("Tú también tienes parte de culpa.", "Tú también"),
        ("Esto pasó por tu culpa.", "por tu culpa"),
        ("Si vos me hubieras escuchado, nada de esto pasaba.", "Si vos me hubieras"),
        ("No me dejaste otra opción.", "No me dejaste otra opción"),
        ("Si usted me hubiera escuchado, no estaríamos así.", "Si usted me hubiera"),
        ("Vos me empujaste a esto.", "me empujaste a"),
    ],
    "pressure_to_move_on": [
        ("Tenemos que pasar página.", "Tenemos que pasar página"),
        ("Ya deberías haberlo superado.", "Ya deberías haberlo superado"),
        ("¿Hasta cuándo vas a seguir con esto?", "Hasta cuándo"),
        ("Tienes que volver a confiar en mí.", "Tienes que volver a confiar"),
        ("Pensé que a estas alturas ya confiarías en mí.", "a estas alturas ya confiarías"),
        ("Eso ya es agua pasada.", "agua pasada"),
        ("Tenés que volver a confiar en mí.", "Tenés que volver a confiar"),
        ("No te pido nada, pero ya deberías haberlo superado.", "ya deberías haberlo superado"),
    ],
    "minimising": [
        ("Solo fue un beso.", "Solo fue un beso"),
        ("No fue para tanto.", "No fue para tanto"),
        ("No pasó nada, te lo juro.", "No pasó nada"),
        ("Exageras.", "Exageras"),
        ("Estás exagerando.", "Estás exagerando"),
        ("Fueron solo unos mensajes sin importancia.", "Fueron solo unos mensajes sin importancia"),
        ("Usted exagera.", "Usted exagera"),
        ("Solo fueron mensajes.", "Solo fueron mensajes"),
    ],
    "vague_ownership": [
        ("Se cometieron errores.", "Se cometieron errores"),
        ("Pasó lo que pasó.", "Pasó lo que pasó"),
        ("Las cosas se dieron así.", "Las cosas se dieron así"),
        ("Una cosa llevó a la otra.", "Una cosa llevó a la otra"),
        ("Se me fue de las manos.", "Se me fue de las manos"),
        ("Siento que hayamos llegado a esto.", "Siento que hayamos llegado"),
    ],
    "deflecting_excuse": [
        ("Estaba muy estresado con el trabajo.", "Estaba muy estresado"),
        ("Estaba muy estresada.", "Estaba muy estresada"),
        ("Fue el alcohol.", "Fue el alcohol"),
        ("No sé qué me pasó.", "No sé qué me pasó"),
        ("Nunca quise hacerte daño.", "Nunca quise hacerte daño"),
        ("No se que me paso.", "No se que me paso"),
        ("Fue culpa del alcohol.", "Fue culpa del alcohol"),
    ],
    "my_own_hurt": [
        ("Esto también ha sido muy duro para mí.", "Esto también ha sido muy duro para mí"),
        ("Nadie piensa en cómo me siento yo.", "Nadie piensa en cómo me siento"),
        ("Yo también lo estoy pasando mal.", "también lo estoy pasando mal"),
        ("Claro, yo soy el malo de la película.", "Claro, yo soy el malo"),
        ("Esto tambien ha sido muy duro para mi.", "Esto tambien ha sido muy duro para mi"),
        ("¿Y yo qué? ¿Mis sentimientos no importan?", "Y yo qué"),
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
    "Siento haberte mentido.",
    "No te pido que pases página.",
    "No voy a decir 'lo siento, pero'. Lo siento, y punto.",
    "Lo siento, pero sé que un lo siento no basta.",
    "Estaba muy estresado, y eso no justifica nada.",
    "Me decía a mí mismo que solo eran mensajes.",
    "No exageras: lo que hice fue grave.",
    "Tú no me empujaste a nada; lo elegí yo.",
    "No fue culpa tuya.",
    "Siento que te hice muchísimo daño.",
    "Perdóname si algún día puedes.",
    "No tienes que perdonarme.",
    "Te pido perdón, aunque sé que no basta.",
    "Tú también mereces saber toda la verdad.",
    "Ya te pedí perdón, y sé que eso no cierra nada.",
    "No tenés que volver a confiar en mí si no querés.",
    "No tiene que perdonarme.",
    "Si tú quieres, vamos juntos a terapia.",
    "Estaba agotada, y aun así la decisión de mentir fue mía.",
    "Me decía que solo eran unos mensajes. No lo eran, y ahora lo sé.",
    "Cuando dije 'se nos fue de las manos', estaba escurriendo el bulto.",
    "Lamento que hayas tenido que enterarte así; debí ser yo quien te lo contara.",
    "Hoy no ha pasado nada especial, y de eso se trata.",
]


@pytest.mark.parametrize("text", ACCOUNTABLE)
def test_owning_wording_with_trigger_words_is_left_alone(text: str) -> None:
    assert check(text) == []


def test_the_text_is_read_without_accents_one_character_for_one() -> None:
    text = "¿PERDÓN? Está bien, pingüino, año, Ça, İ"
    read = coach_text.read(text)
    assert read == "¿perdon? esta bien, pinguino, año, ça, İ"
    assert len(read) == len(text)


def test_accents_case_and_clitics_are_all_read() -> None:
    for text in ["Perdón si te hice daño.", "PERDON SI TE HICE DAÑO", "perdoname si te lastimé"]:
        assert "conditional_apology" in categories_of(text), text
    for text in ["Estaba muy estresada.", "Estaba muy estresado.", "ESTABA MUY ESTRESADO"]:
        assert "deflecting_excuse" in categories_of(text), text


def test_spans_are_string_indices_into_the_original_text() -> None:
    text = "¡Ay! 🙏🏽 Lo siento, pero ¿no crees que exageras? 💔 Solo fue un beso."
    found = check(text)
    assert [text[f.start : f.end] for f in found] == ["pero", "exageras", "Solo fue un beso"]
    assert found == sorted(found, key=lambda f: f.start)
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


def test_the_spanish_demo_journals_stay_quiet() -> None:
    # Real accountable prose, and the hurt partner's entries: nothing to note.
    for name in ("daniel_es.txt", "maya_es.txt"):
        text = resource("demo", name).read_text(encoding="utf-8")
        assert check(text) == [], name


def test_very_long_spanish_text_is_checked_whole() -> None:
    # How fast is measured in bench/bench_coach.py --language es, not here.
    paragraph = (
        "Te mentí sobre dónde estaba, y estuvo mal. Entiendo que ahora no puedas confiar en "
        "mí 💔. Hoy te enseñé mis mensajes antes de que me lo pidieras. "
        "Lo siento, pero nunca estabas en casa. Solo fueron unos mensajes. "
    )
    text = paragraph * (10_000 // len(paragraph.split()) + 1)
    assert len(text.split()) >= 10_000
    found = check(text)
    assert {text[f.start : f.end] for f in found} == {
        "pero",
        "nunca estabas en casa",
        "Solo fueron unos mensajes",
    }
    assert len(found) == 3 * text.count("nunca estabas")


# -- the dev corpus ------------------------------------------------------------------------------


def test_dev_corpus_is_large_and_varied_enough() -> None:
    items = read_statements(DEV_CORPUS)
    deflecting = [s for s in items if s["label"] == "deflecting"]
    accountable = [s for s in items if s["label"] == "accountable"]
    assert len(deflecting) >= 150 and len(accountable) >= 150
    assert {s["label"] for s in items} == {"deflecting", "accountable"}
    ids = [c.id for c in load_coach("es").categories]
    assert {c for s in deflecting for c in s["categories"]} == set(ids)
    assert all(s["categories"] and set(s["categories"]) <= set(ids) for s in deflecting)
    texts = [s["text"] for s in items]
    assert len(texts) == len(set(texts)), "a statement appears twice"


def test_dev_corpus_recall_and_false_alarms() -> None:
    items = read_statements(DEV_CORPUS)
    whole = figures(items, check)
    print()
    print(describe("Spanish dev corpus", whole))
    print(
        describe(
            "batch 1 (written before the rules)",
            figures([s for s in items if not s.get("held_out")], check),
        )
    )
    for batch in dict.fromkeys(s["held_out"] for s in items if s.get("held_out")):
        chosen = [s for s in items if s.get("held_out") == batch]
        print(describe(f"batch {batch}", figures(chosen, check)))
    print("\n".join(misses(items, check)))
    assert whole["recall"] >= 0.9
    # At most one false alarm per twenty accountable statements.
    assert whole["alarms"] * 20 <= whole["accountable"]


# -- the independent corpus ----------------------------------------------------------------------


def test_held_out_corpus_es_figures() -> None:
    """The honest measure: statements written independently of these rules.

    Only this test reads the file; nothing was tuned on it.
    """
    if not HELD_OUT.is_file():
        pytest.fail(
            f"{HELD_OUT.name} is missing: the independent Spanish corpus should be in "
            f"{HELD_OUT.parent}. This test measures the Spanish rules on it; it must not "
            "be skipped."
        )
    items = read_statements(HELD_OUT)
    whole = figures(items, check)
    print()
    print(describe("Spanish held-out corpus", whole))
    print("\n".join(misses(items, check)))
    assert whole["deflecting"] + whole["accountable"] > 0
    # The first measurement, before anything was tuned on this file (2026-11-27):
    # recall 74/100, false alarms 5/90. These floors keep the rules from sliding back;
    # tuning on this file would turn it into one more dev batch.
    assert whole["recall"] >= 0.70
    assert whole["alarm_rate"] <= 0.06
