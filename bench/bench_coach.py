"""Coach benchmark: how long the accountability coach takes on long entries.

Run ``python bench/bench_coach.py [--words 10000] [--repeat 15] [--language es]``.

Texts of at least N words are checked, each ``--repeat`` times after one warm-up check
(the first call reads and compiles the rules): plain accountable prose, prose with a
deflecting sentence in roughly one of every five, the same with emoji and accented
letters (which makes Python store the text with four bytes a character), and the two
demo journals' real prose, in paragraphs and run together as one long paragraph. (Long
text is read in blocks of a few hundred characters, so a pattern only runs where its
words are near each other; a single paragraph costs about what many do. A text with a
"word" of more than 30 letters is read paragraph by paragraph, the slowest case:
"demo, 40-letter word"; an ordinary link is not such a word.) The table shows the
fastest and the median wall-clock run, and the fastest in CPU time of this process,
which a busy shared machine disturbs less; its load is printed too. The target: well
under 50 ms of CPU for 10,000 words. ``--language es`` times the Spanish rules on Spanish
prose and the Spanish demo journals.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

from trustjournal.domain.coach import Coach, load_coach
from trustjournal.paths import resource

ACCOUNTABLE = [
    "I lied to you about where I was, and that was wrong.",
    "I understand why you can't trust me right now.",
    "Today I showed you my messages before you asked.",
    "I'm committed to earning back your trust, however long it takes.",
    "We walked the dog and talked about the kids' school for an hour.",
    "I noticed I wanted to get defensive when you asked, and I stayed with it instead.",
    "You have every right to be hurt by what I did.",
]
DEFLECTING = [
    "I'm sorry, but you were never home.",
    "It was only a few texts.",
    "Can't we just move on?",
    "I'm sorry you feel that way.",
    "I already apologised.",
]
DECORATED = ["Ça a été long 💔.", "Je sais 🙏.", "Ünd wir reden weiter 🌱."]

SPANISH = {
    "accountable": [
        "Te mentí sobre dónde estaba, y estuvo mal.",
        "Entiendo por qué ahora mismo no puedes confiar en mí.",
        "Hoy te enseñé mis mensajes antes de que me los pidieras.",
        "Me comprometo a recuperar tu confianza, cueste lo que cueste.",
        "Sacamos al perro y hablamos una hora del colegio de los niños.",
        "Noté las ganas de ponerme a la defensiva cuando me preguntaste, y me quedé ahí.",
        "Tienes todo el derecho a estar dolida por lo que hice.",
    ],
    "deflecting": [
        "Lo siento, pero nunca estabas en casa.",
        "Solo fueron unos mensajes.",
        "¿No podemos pasar página de una vez?",
        "Siento que te sientas así.",
        "Ya te pedí perdón.",
    ],
    "decorated": ["¡Qué año! 💔", "Lo sé 🙏.", "Pingüino, año, acción 🌱."],
}


def text_of(words: int, sentences: list[str], seed: int = 1) -> str:
    chooser = random.Random(seed)
    parts: list[str] = []
    count = 0
    while count < words:
        sentence = chooser.choice(sentences)
        parts.append(sentence)
        count += len(sentence.split())
    return " ".join(parts)


def demo_prose(words: int, language: str = "en") -> str:
    suffix = "" if language == "en" else f"_{language}"
    text = "".join(
        resource("demo", f"{name}{suffix}.txt").read_text(encoding="utf-8")
        for name in ("daniel", "maya")
    )
    while len(text.split()) < words:
        text += "\n\n" + text
    lines = text.splitlines()
    while len(" ".join(lines).split()) > words:
        lines.pop()
    return "\n".join(lines)


def timings(coach: Coach, text: str, repeat: int) -> tuple[float, float, float, int]:
    found = coach.check(text)
    runs, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        coach.check(text)
        runs.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return min(runs) * 1000, statistics.median(runs) * 1000, min(cpu) * 1000, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--language", choices=("en", "es"), default="en")
    args = parser.parse_args()
    started, started_cpu = time.perf_counter(), time.process_time()
    coach = load_coach(args.language)
    print(
        f"rules read and compiled in {(time.perf_counter() - started) * 1000:.1f} ms "
        f"({(time.process_time() - started_cpu) * 1000:.1f} ms CPU)"
    )
    accountable, deflecting, decorated = ACCOUNTABLE, DEFLECTING, DECORATED
    if args.language == "es":
        accountable, deflecting = SPANISH["accountable"], SPANISH["deflecting"]
        decorated = SPANISH["decorated"]
    mixed = accountable * 4 + deflecting
    demo = demo_prose(args.words, args.language)
    texts = {
        "accountable prose": text_of(args.words, accountable),
        "1 in 5 deflecting": text_of(args.words, mixed),
        "same, emoji+accents": text_of(args.words, mixed + decorated),
        "demo prose": demo,
        "demo, one paragraph": demo.replace("\n\n", "\n"),
        "demo with a link": demo + "\nhttps://example.org/our-notes?id=42",
        "demo, 40-letter word": demo + "\n" + "x" * 40,
    }
    print(f"load average: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"{'text':<22} {'words':>6} {'chars':>6} {'best ms':>8} {'median ms':>9} "
        f"{'best CPU ms':>11} {'notes':>5}"
    )
    for name, text in texts.items():
        best, median, cpu, found = timings(coach, text, args.repeat)
        print(
            f"{name:<22} {len(text.split()):>6} {len(text):>6} {best:>8.1f} {median:>9.1f} "
            f"{cpu:>11.1f} {found:>5}"
        )


if __name__ == "__main__":
    main()
