"""Vault benchmark: how a journal of 1k, 10k and 100k entries behaves.

Run ``python bench/bench_vault.py [--sizes 1000,10000,100000] [--out-dir DIR]``.

Each size runs in a fresh subprocess of this script (hidden ``--one-size N``) so that
its peak memory is its own. The subprocess creates a journal in a temporary folder,
as the ``repairing`` partner, so every one of that role's six kinds is written,
promises (with due dates and outcomes) included. It generates N realistic entries,
imports them with ONE ``Journal.add_many`` call of all N (that call is the "bulk import"
figure; generating the drafts is timed separately and not included), then measures
unlock, listing, search, filters, add and delete. The temporary folders are removed at
the end. The default Argon2id cost is used (``TRUSTJOURNAL_KDF`` is removed from the
environment), so unlock costs what it costs a user.

The entries: titles from per-kind templates (some made of random words), bodies of 50
to 400 words (log-normal, median about 160) drawn from a list of real English words
with a Zipf law (word i has the frequency of rank R(i) in a law of exponent 1; the
list's tail stands in for ranks up to 50,000, so its last words are genuinely rare),
dates spread over five years, a mood on 90 %, 0-3 of 20 emotions, 0-3 of 30 tags
(skewed: some tags are much more common than others), 5 % flagged for the next
session, and promises with a due date and an outcome.

Searched words: "trust" (common, about a fifth of entries), the rarest tail word that
occurs at all (so it changes with N; the table names it), and "the" (nearly every
entry: the worst case for bm25 ranking). The UI searches within a section's kinds, so a
filtered search is measured too. Timings on a shared machine move with its load, which
is recorded; the Argon2id figure alone varies by tens of ms, which is why unlock
overhead is also measured directly (everything unlock does once the key is known).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path
from typing import Any

import sqlcipher3

import trustjournal
from trustjournal.domain.entry import (
    EntryDraft,
    EntryFilter,
    Kind,
    Outcome,
    Role,
    kinds_for,
)
from trustjournal.vault.database import FolderLock
from trustjournal.vault.entries import fts_query
from trustjournal.vault.journal import Journal
from trustjournal.vault.keyslots import (
    derive_kek,
    kdf_from_environment,
    open_slot,
    passphrase_secret,
    read_header,
)

PASSPHRASE = "correct horse battery staple"
ROLE = Role.REPAIRING
FIRST_DAY = dt.date(2021, 6, 1)
LAST_DAY = dt.date(2026, 5, 31)
SEED = 20210601

# -- vocabulary ---------------------------------------------------------------------------

_FUNCTION_WORDS = """
the I and to a of it that was in my me you he we is for not but with this on have had
be so just about what at all like as do when they his him her she are don't if or
from would there been because can out up how know felt feel one more time really
think said even didn't want them then could were get some by back things now still
again an no never going much before after over only also got told why asked right
other will did very who where these those our us your into something nothing anything
today night yesterday morning week way day said it's I'm can't was too much maybe
here there always sometimes most any each than through while should need went come
"""

# Content words: the journal's own subject first (common), everyday life after it,
# then progressively less common words, ending with a tail of rare ones.
_CONTENT_WORDS = """
trust talk talked love hard home work phone feel better honest truth sorry together
try tried wanted hurt understand listen listened hear heard saw seen help let tell
said promise kept change changed little long first last good bad same different
whole whole real new old open quiet late early enough kind calm tired angry scared
afraid worried hope hopeful safe space conversation question answer answers questions
messages message texted text call called walk dinner kitchen bed car drive office
kids children mother father sister brother friend friends family therapist session
counselor weekend evening afternoon hour hours minutes month months year years
moment moments feeling feelings thought thoughts memory memories past future week
head heart hands eyes face voice body breath tears smile laugh cried crying sleep
woke morning coffee tea breakfast lunch shower couch table door window garden rain
weather cold warm sun light dark room house street town city trip travel plane
believe remember forget forgot forgive forgiveness apology apologized accountable
responsibility honesty transparency boundary boundaries need needs safety patience
anger fear shame guilt sadness grief relief gratitude loneliness jealousy anxiety
trigger triggered reminder remind reminded noticed notice notices small action
actions effort efforts pattern patterns habit habits week weeks progress setback
step steps start started stop stopped keep keeping break broke broken repair rebuild
rebuilding healing heal healed slowly quickly carefully gently quietly finally
partner wife husband marriage relationship affair secret secrets lie lies lied
hid hiding hidden share shared sharing showed show shows password location app
email emails calendar schedule plan plans late night drinks party colleague
colleagues boss meeting meetings project deadline travel hotel flight conference
dishes laundry groceries cooking cooked bread soup pasta salad chicken fruit
apple coffee wine water milk sugar chocolate cake birthday anniversary holiday
christmas summer winter spring autumn beach lake river mountain forest park bench
dog cat walked running run gym bike swim yoga stretch pain headache doctor
appointment medicine pills tired exhausted sleepless restless insomnia dream dreams
nightmare woke awake midnight dawn sunset stars moon sky clouds storm wind snow
letter letters card cards flowers gift gifts note notes journal wrote write writing
read reading book books page pages story stories song songs music movie movies show
television news radio podcast picture pictures photo photos album wedding ring
rings dress suit shoes jacket coat bag keys wallet money budget bills rent mortgage
account accounts bank savings spending receipt receipts statement statements
question asked answered explained explain listened understood misunderstood defensive
defended blamed blame criticized criticism compliment praised thanked thank thanks
gratitude grateful proud ashamed embarrassed lonely numb tender frustrated confused
jealous relieved loved unloved wanted rejected accepted ignored noticed seen valued
respected disrespected betrayed deceived abandoned protected comforted reassured
reassurance consistency consistent reliable unreliable predictable unpredictable
apologize apologizing acknowledge acknowledged acknowledging validate validated
validation empathy empathic compassion compassionate curiosity curious openness
vulnerable vulnerability courage brave fragile steady stable shaky uncertain certain
doubt doubts doubted suspicious suspicion checking checked check verify verified
timeline details detail specific specifics vague avoid avoided avoiding avoidance
shut shutdown withdrew withdrawn distant closer close closeness intimacy touch hug
hugged kiss kissed held hold holding hand shoulder arms cry cried sobbing shaking
shouted shouting yelled whispered argued argument fight fought disagreement
compromise agreed agreement agreements negotiate renegotiate renegotiated deadline
due tomorrow weekly daily monthly routine routines ritual rituals checkin check-in
assignment homework exercise exercises worksheet prompt prompts chapter workbook
couples individual group retreat weekend intensive program sessions appointments
insurance waiting parking drove driving highway traffic train bus station airport
suitcase packed unpacked arrived left leaving returned return came home stayed
visiting visited parents grandparents cousin cousins uncle aunt neighbor neighbors
school teacher homework practice soccer piano recital game games tournament coach
daughter son baby toddler teenager bedtime story bath breakfast lunchbox pickup
dropoff carpool playground playdate sleepover babysitter nanny daycare
"""

_LESS_COMMON = """
reconciliation reconnect reconnecting resentment resentful bitterness bitter
forgiving unforgivable contempt stonewalling defensiveness repair attempts
attunement disclosure disclosures polygraph transparency rebuilding timeline
ambivalence ambivalent grieving mourning acceptance denial bargaining depression
hypervigilance hypervigilant intrusive rumination ruminating spiral spiraling
flashback flashbacks grounding breathing meditation mindfulness gratitude journaling
affirmation affirmations boundaries ultimatum ultimatums separation separated
reconcile divorce lawyer mediator custody counseling psychologist psychiatrist
medication prescription diagnosis symptoms panic attack attacks nausea appetite
exhaustion fatigue migraine tension clenched jaw stomach chest tightness racing
pulse sweating trembling frozen paralysed overwhelmed overwhelm flooded flooding
regulation regulate dysregulated soothing soothe comfort comforting nurture
nurturing kindness generosity reliability accountability ownership remorse
regret regrets sincere sincerity genuine authenticity integrity character values
priorities commitment committed devotion loyalty faithful fidelity infidelity
betrayal deception manipulation gaslighting minimizing rationalizing excuses
justification accountability partnership teamwork cooperation collaboration
household chores errands logistics finances spreadsheet subscription password
passwords notifications screenshot screenshots deleted deleting archive archived
inbox unread voicemail voicemails missed calls whereabouts itinerary receipt
mileage odometer dashboard location sharing tracking tracker transparency
spontaneous spontaneity playful playfulness humor teasing silly goofy laughter
adventure adventures hiking camping canoe kayak picnic orchard vineyard bakery
museum gallery theater concert festival carnival fireworks parade bonfire
lanterns candles candlelight fireplace blanket quilt pillow mattress curtains
balcony porch patio veranda staircase attic basement garage driveway mailbox
sunflower tulips roses lilies daisies lavender rosemary basil thyme tomatoes
zucchini pumpkin squash cucumber radishes strawberries blueberries raspberries
cherries peaches plums apricots lemons limes oranges grapefruit pineapple mango
cinnamon nutmeg ginger vanilla honey maple syrup pancakes waffles omelette
croissant baguette sourdough biscuits scones muffins brownies cookies pie tart
"""

_RARE = """
lighthouse harbor sailboat anchor compass lantern telescope observatory meteor
constellation aurora glacier canyon waterfall meadow prairie marsh estuary lagoon
archipelago peninsula fjord tundra savanna monsoon drizzle hailstorm thunderclap
labyrinth cathedral monastery chapel belfry gargoyle tapestry mosaic fresco
porcelain pottery ceramics calligraphy origami embroidery crochet knitting quilting
woodworking carpentry upholstery blacksmith locksmith clockmaker cobbler tailor
harpsichord accordion clarinet bassoon cello viola ukulele banjo mandolin xylophone
marmalade chutney sauerkraut kimchi dumplings risotto paella goulash moussaka
saffron cardamom turmeric paprika juniper elderflower hibiscus chamomile bergamot
heron kingfisher sparrow wren starling nightingale woodpecker pelican albatross
otter badger hedgehog squirrel chipmunk raccoon porcupine armadillo wombat platypus
kaleidoscope gyroscope metronome barometer sextant hourglass sundial quill inkwell
parchment manuscript almanac atlas encyclopedia thesaurus dictionary compendium
serendipity wanderlust nostalgia melancholy reverie solace sanctuary equanimity
forbearance magnanimity perseverance fortitude tenacity resilience clemency amnesty
"""


def _words(*blocks: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for block in blocks for w in block.split()))


WORDS: tuple[str, ...] = _words(_FUNCTION_WORDS, _CONTENT_WORDS, _LESS_COMMON, _RARE)
# The first HEAD words keep their own rank; the rest are spread (log-evenly) over the
# ranks up to TOP_RANK of a real vocabulary, which is what makes the tail rare.
HEAD = 600
TOP_RANK = 50_000
COMMON_WORD = "trust"  # a word a partner would search for; in about a fifth of entries
VERY_COMMON_WORD = "the"  # in nearly every entry: the worst case for ranking

TAGS: tuple[str, ...] = (
    "work",
    "phone",
    "family",
    "kids",
    "therapy",
    "weekend",
    "money",
    "friends",
    "texting",
    "evenings",
    "social media",
    "travel",
    "in-laws",
    "date night",
    "anniversary",
    "holidays",
    "health",
    "sleep",
    "commute",
    "gym",
    "honesty",
    "boundaries",
    "apology",
    "intimacy",
    "progress",
    "setback",
    "letters",
    "walks",
    "house",
    "birthday",
)

EMOTIONS: tuple[str, ...] = (
    "hurt",
    "sad",
    "anxious",
    "hopeful",
    "angry",
    "ashamed",
    "guilty",
    "relieved",
    "grateful",
    "lonely",
    "numb",
    "scared",
    "calm",
    "tender",
    "frustrated",
    "confused",
    "jealous",
    "proud",
    "tired",
    "loved",
)

TOPICS = (
    "the work trip",
    "the late nights",
    "my phone",
    "the money",
    "the old messages",
    "your sister's wedding",
    "our anniversary",
    "the hotel",
    "the passwords",
    "the gym",
    "Friday drinks",
    "the kids' questions",
    "the first disclosure",
    "the timeline",
    "the conference",
    "the second phone",
    "how I answered",
    "the weekend away",
    "the credit card statement",
    "your birthday",
    "the lies about overtime",
    "the car park",
    "checking my email",
    "the group chat",
    "my defensiveness",
)
PROMISES = (
    "call when I am running late",
    "share my location on work trips",
    "answer your questions without getting defensive",
    "be home by seven on weekdays",
    "tell you before you find out",
    "keep my phone face up on the table",
    "plan our Saturday walk",
    "go to every counselling session",
    "not contact her again",
    "write the letter I owe you",
    "read the chapter before Thursday",
    "stop working on Sundays",
    "show you the bank statements each month",
    "ask how your day really was",
)
SMALL_ACTIONS = (
    "Made your coffee before you woke",
    "Left a note in your bag",
    "Cleaned the kitchen without being asked",
    "Booked the babysitter for date night",
    "Called when the meeting ran over",
    "Picked up flowers on the way home",
    "Took the kids out so you could rest",
    "Sent the screenshots before you asked",
    "Turned my phone off at dinner",
    "Walked the dog with you after work",
    "Fixed the squeaky door",
    "Planned the anniversary dinner",
)
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "weekend", "week")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TITLES: dict[Kind, tuple[str, ...]] = {
    Kind.ACCOUNTABILITY: (
        "Owning what I said on {day}",
        "What I did wrong about {topic}",
        "Taking responsibility for {topic}",
        "I minimized {topic} again",
        "Naming the lie about {topic}",
    ),
    Kind.TRANSPARENCY: (
        "Told you about {topic} without being asked",
        "Phone and calendar open on {day}",
        "Volunteered the details of {topic}",
        "Shared everything about {topic}",
    ),
    Kind.PROMISE: ("I will {promise}", "Promise: {promise}", "From now on I {promise}"),
    Kind.SMALL_ACTION: ("{action}", "Small thing: {action}", "{action} on {day}"),
    Kind.REFLECTION: (
        "Thinking about {topic}",
        "What {topic} taught me",
        "A hard {part}",
        "A better {part}",
        "Why I shut down when {topic} comes up",
    ),
    Kind.SESSION_NOTE: (
        "Session {number}: {topic}",
        "Notes from counselling about {topic}",
        "Homework after {day}'s session",
    ),
}
KIND_WEIGHTS: dict[Kind, float] = {
    Kind.ACCOUNTABILITY: 15,
    Kind.TRANSPARENCY: 15,
    Kind.PROMISE: 15,
    Kind.SMALL_ACTION: 20,
    Kind.REFLECTION: 25,
    Kind.SESSION_NOTE: 10,
}
OUTCOMES = (Outcome.KEPT, Outcome.PARTLY_KEPT, Outcome.MISSED, Outcome.RENEGOTIATED)


class EntryMaker:
    """Realistic drafts from a seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        n = len(WORDS)
        ranks = [
            i + 1 if i < HEAD else HEAD * (TOP_RANK / HEAD) ** ((i - HEAD + 1) / (n - HEAD))
            for i in range(n)
        ]
        self._word_cum = list(accumulate(1.0 / (r + 2.7) for r in ranks))
        self._tag_cum = list(accumulate(1.0 / (i + 1) ** 0.8 for i in range(len(TAGS))))
        self._emotion_cum = list(accumulate(1.0 / (i + 1) ** 0.5 for i in range(len(EMOTIONS))))
        kinds = kinds_for(ROLE)
        assert set(kinds) == set(KIND_WEIGHTS), "every kind of the role gets entries"
        self._kinds = kinds
        self._kind_cum = list(accumulate(KIND_WEIGHTS[k] for k in kinds))
        self.doc_freq: Counter[str] = Counter()
        self._days = (LAST_DAY - FIRST_DAY).days

    def _zipf_words(self, k: int) -> list[str]:
        return self.rng.choices(WORDS, cum_weights=self._word_cum, k=k)

    def _labels(self, pool: tuple[str, ...], cum: list[float]) -> tuple[str, ...]:
        count = self.rng.choices((0, 1, 2, 3), weights=(25, 35, 25, 15))[0]
        return tuple(dict.fromkeys(self.rng.choices(pool, cum_weights=cum, k=count)))

    def _body(self) -> str:
        rng = self.rng
        length = round(min(400.0, max(50.0, rng.lognormvariate(5.07, 0.5))))
        words = self._zipf_words(length)
        self.doc_freq.update(set(words))
        paragraphs: list[str] = []
        sentences: list[str] = []
        at = 0
        while at < length:
            size = min(rng.randint(5, 18), length - at)
            chunk = words[at : at + size]
            at += size
            chunk[0] = chunk[0][:1].upper() + chunk[0][1:]
            sentences.append(" ".join(chunk) + ("?" if rng.random() < 0.08 else "."))
            if len(sentences) >= rng.randint(2, 6) or at >= length:
                paragraphs.append(" ".join(sentences))
                sentences = []
        return "\n\n".join(paragraphs)

    def _title(self, kind: Kind) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            words = self._zipf_words(rng.randint(3, 7))
            self.doc_freq.update(set(words))
            return " ".join(words).capitalize()
        return rng.choice(TITLES[kind]).format(
            day=rng.choice(WEEKDAYS),
            topic=rng.choice(TOPICS),
            promise=rng.choice(PROMISES),
            action=rng.choice(SMALL_ACTIONS),
            part=rng.choice(PARTS_OF_DAY),
            number=rng.randint(1, 120),
        )

    def draft(self, date: dt.date | None = None) -> EntryDraft:
        rng = self.rng
        kind = rng.choices(self._kinds, cum_weights=self._kind_cum)[0]
        if date is None:
            date = FIRST_DAY + dt.timedelta(days=rng.randrange(self._days + 1))
        due = outcome = None
        if kind is Kind.PROMISE:
            due = date + dt.timedelta(days=rng.randint(3, 60))
            outcome = (
                Outcome.OPEN
                if due > LAST_DAY or rng.random() < 0.1
                else rng.choices(OUTCOMES, weights=(55, 20, 15, 10))[0]
            )
        return EntryDraft(
            kind=kind,
            title=self._title(kind),
            body=self._body(),
            date=date,
            mood=None if rng.random() < 0.1 else rng.randint(1, 5),
            emotions=self._labels(EMOTIONS, self._emotion_cum),
            tags=self._labels(TAGS, self._tag_cum),
            session=rng.random() < 0.05,
            due=due,
            outcome=outcome,
        )

    def drafts(self, n: int) -> list[EntryDraft]:
        """N drafts in date order, as a journal kept over the years would be written."""
        return sorted((self.draft() for _ in range(n)), key=lambda d: d.date)


# -- measuring ----------------------------------------------------------------------------


def _ms(samples: list[float]) -> dict[str, Any]:
    ordered = sorted(samples)
    return {
        "median": statistics.median(ordered),
        "min": ordered[0],
        "p90": ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))],
        "max": ordered[-1],
        "runs": len(ordered),
        "samples": [round(x, 4) for x in samples],
    }


def repeat_ms(work: Callable[[], object], runs: int) -> tuple[dict[str, Any], object]:
    """Run ``work`` ``runs`` times; the timing statistics in ms and the last result."""
    samples: list[float] = []
    result: object = None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        samples.append((time.perf_counter() - start) * 1000)
    return _ms(samples), result


def _elapsed_ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _maxrss_mib() -> float:
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def _match_count(journal: Journal, word: str, kind: Kind | None = None) -> int:
    """How many entries (of ``kind``, if given) a search for ``word`` finds in all."""
    conn, _key, mutex = journal.connection_for_backup()
    sql = "SELECT count(*) FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
    sql += "WHERE entries_fts MATCH ? AND e.kind = coalesce(?, e.kind)"
    with mutex:
        row = conn.execute(sql, (fts_query(word), kind and kind.value)).fetchone()
    return int(row[0])


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def measure_one_size(n: int, work_dir: Path, seed: int) -> dict[str, Any]:
    """Everything for one journal of ``n`` entries (run in its own process)."""
    # Other work on a shared machine skews every figure; record how busy it was.
    r: dict[str, Any] = {"n": n, "seed": seed, "load_before": os.getloadavg()[0]}
    folder = work_dir / f"journal-{n}"
    maker = EntryMaker(seed + n)

    start = time.perf_counter()
    journal, _code = Journal.create(
        folder, name="Bench", role=ROLE, since=FIRST_DAY, passphrase=PASSPHRASE
    )
    r["create_ms"] = _elapsed_ms(start)
    r["maxrss_after_create_mib"] = _maxrss_mib()

    start = time.perf_counter()
    drafts = maker.drafts(n)
    r["generate_s"] = time.perf_counter() - start
    r["maxrss_after_generate_mib"] = _maxrss_mib()
    r["body_words_mean"] = statistics.fmean(len(d.body.split()) for d in drafts)
    r["kinds"] = dict(Counter(d.kind.value for d in drafts))
    _log(f"{n}: generated in {r['generate_s']:.1f} s; importing with one add_many")

    start = time.perf_counter()
    ids = journal.add_many(drafts)
    r["import_s"] = time.perf_counter() - start
    r["import_per_s"] = n / r["import_s"]
    r["maxrss_after_import_mib"] = _maxrss_mib()
    del drafts
    _log(f"{n}: imported in {r['import_s']:.1f} s")

    start = time.perf_counter()
    journal.lock()
    r["lock_after_import_ms"] = _elapsed_ms(start)

    # -- unlock: total, Argon2id alone, and the rest measured directly -----------------
    header = read_header(folder)
    slot = header.slot("passphrase")
    secret = passphrase_secret(PASSPHRASE)
    key = open_slot(header, "passphrase", secret)
    assert key is not None
    kdf_samples, unlock_samples, direct_samples = [], [], []
    for _ in range(5):
        start = time.perf_counter()
        derive_kek(secret, slot.salt, slot.kdf)
        kdf_samples.append(_elapsed_ms(start))

        start = time.perf_counter()
        opened = Journal.unlock(folder, PASSPHRASE)
        unlock_samples.append(_elapsed_ms(start))
        opened.lock()

        # Everything unlock does after the key is known: read the header, take the
        # folder lock, open and check the database, migrate, read the journal's info.
        start = time.perf_counter()
        folder_lock = FolderLock(folder)
        folder_lock.acquire()
        opened = Journal(folder, read_header(folder), bytearray(key), folder_lock)
        direct_samples.append(_elapsed_ms(start))
        opened.lock()
    r["kdf_params"] = slot.kdf.to_json()
    r["unlock_ms"] = _ms(unlock_samples)
    r["kdf_ms"] = _ms(kdf_samples)
    # Argon2id's run-to-run noise here is tens of ms, so pair each unlock with the KDF
    # run just before it and take the median of the differences.
    r["unlock_overhead_ms"] = statistics.median(
        u - k for u, k in zip(unlock_samples, kdf_samples, strict=True)
    )
    r["unlock_without_kdf_ms"] = _ms(direct_samples)
    _log(f"{n}: unlock {r['unlock_ms']['median']:.0f} ms, KDF {r['kdf_ms']['median']:.0f} ms")

    journal = Journal.unlock(folder, PASSPHRASE)
    try:
        r["list_first_ms"], page = repeat_ms(lambda: journal.entries(limit=50), 50)
        assert len(page) == min(50, n)  # type: ignore[arg-type]
        deep = int(0.9 * n)
        r["list_deep_offset"] = deep
        r["list_deep_ms"], _ = repeat_ms(lambda: journal.entries(limit=50, offset=deep), 50)

        rare = min(
            (w for w in WORDS[HEAD:] if maker.doc_freq[w] > 0),
            key=lambda w: (maker.doc_freq[w], -WORDS.index(w)),
        )
        for name, word in (
            ("common", COMMON_WORD),
            ("rare", rare),
            ("very_common", VERY_COMMON_WORD),
        ):
            r[f"search_{name}_word"] = word
            r[f"search_{name}_hits"] = _match_count(journal, word)
            r[f"search_{name}_ms"], _ = repeat_ms(lambda w=word: journal.search(w, limit=50), 50)
        # The app's search page passes the section's kinds as a filter: the joined path.
        promises = EntryFilter(kinds=(Kind.PROMISE,))
        r["search_filtered_hits"] = _match_count(journal, COMMON_WORD, Kind.PROMISE)
        r["search_filtered_ms"], _ = repeat_ms(
            lambda: journal.search(COMMON_WORD, promises, limit=50), 50
        )
        _log(f"{n}: search common {r['search_common_ms']['median']:.1f} ms")

        tag_counts = journal.tags()
        for name, (tag, count) in (("common", tag_counts[0]), ("rare", tag_counts[-1])):
            r[f"tag_{name}"] = tag
            r[f"tag_{name}_hits"] = count
            r[f"tag_{name}_ms"], _ = repeat_ms(
                lambda t=tag: journal.entries(EntryFilter(tag=t), limit=50), 50
            )
        kind_filter = EntryFilter(kinds=(Kind.PROMISE,))
        r["kind"] = Kind.PROMISE.value
        r["kind_hits"] = journal.count(kind_filter)
        r["kind_ms"], _ = repeat_ms(lambda: journal.entries(kind_filter, limit=50), 50)

        new_drafts = iter([maker.draft(LAST_DAY) for _ in range(50)])
        r["add_one_ms"], _ = repeat_ms(lambda: journal.add(next(new_drafts)), 50)

        victims = iter(random.Random(seed).sample(ids, min(20, len(ids))))
        r["delete_one_ms"], _ = repeat_ms(lambda: journal.delete(next(victims)), 20)
        _log(f"{n}: add {r['add_one_ms']['median']:.1f} ms")
    finally:
        journal.lock()

    r["db_bytes"] = sum(p.stat().st_size for p in folder.glob("journal.db*"))
    r["maxrss_mib"] = _maxrss_mib()
    r["load_after"] = os.getloadavg()[0]
    shutil.rmtree(folder)
    return r


# -- reporting ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Row:
    label: str
    value: Callable[[dict[str, Any]], str]
    target: float | None = None  # an upper bound at 100k, in the row's unit
    number: Callable[[dict[str, Any]], float] | None = None


def _median(key: str) -> Callable[[dict[str, Any]], float]:
    return lambda r: float(r[key]["median"])


def _fmt_ms(key: str) -> Callable[[dict[str, Any]], str]:
    return lambda r: f"{r[key]['median']:.2f}"


def _plain(key: str, spec: str = "") -> Callable[[dict[str, Any]], str]:
    return lambda r: format(r[key], spec)


ROWS: tuple[Row, ...] = (
    Row("unlock, total (ms, median of 5)", _fmt_ms("unlock_ms")),
    Row("Argon2id `derive_kek` alone (ms, median of 5)", _fmt_ms("kdf_ms")),
    Row(
        "unlock overhead = total − KDF (ms, median of 5 paired differences)",
        _plain("unlock_overhead_ms", ".1f"),
        50,
        lambda r: float(r["unlock_overhead_ms"]),
    ),
    Row(
        "unlock overhead measured directly, no KDF (ms, median of 5)",
        _fmt_ms("unlock_without_kdf_ms"),
        50,
        _median("unlock_without_kdf_ms"),
    ),
    Row(
        "first list page, 50 entries (ms, median of 50)",
        _fmt_ms("list_first_ms"),
        10,
        _median("list_first_ms"),
    ),
    Row("deep list page, offset 90 % of N (ms, median of 50)", _fmt_ms("list_deep_ms")),
    Row(
        "search common word (ms, median of 50)",
        _fmt_ms("search_common_ms"),
        20,
        _median("search_common_ms"),
    ),
    Row(
        "  … its word and hit count",
        lambda r: f"{r['search_common_word']}: {r['search_common_hits']}",
    ),
    Row(
        "search rare word (ms, median of 50)",
        _fmt_ms("search_rare_ms"),
        20,
        _median("search_rare_ms"),
    ),
    Row(
        "  … its word and hit count", lambda r: f"{r['search_rare_word']}: {r['search_rare_hits']}"
    ),
    Row(
        "search word in ~every entry (ms, median of 50)",
        _fmt_ms("search_very_common_ms"),
        20,
        _median("search_very_common_ms"),
    ),
    Row(
        "  … its word and hit count",
        lambda r: f"{r['search_very_common_word']}: {r['search_very_common_hits']}",
    ),
    Row(
        "search common word within kind promise, i.e. filtered (ms, median of 50)",
        _fmt_ms("search_filtered_ms"),
    ),
    Row("  … its hit count", _plain("search_filtered_hits")),
    Row("tag filter, most used tag, first page (ms, median of 50)", _fmt_ms("tag_common_ms")),
    Row("  … its tag and entry count", lambda r: f"{r['tag_common']}: {r['tag_common_hits']}"),
    Row("tag filter, least used tag, first page (ms, median of 50)", _fmt_ms("tag_rare_ms")),
    Row("  … its tag and entry count", lambda r: f"{r['tag_rare']}: {r['tag_rare_hits']}"),
    Row("kind filter (promise), first page (ms, median of 50)", _fmt_ms("kind_ms")),
    Row("  … entries of that kind", _plain("kind_hits")),
    Row("add one entry (ms, median of 50)", _fmt_ms("add_one_ms"), 10, _median("add_one_ms")),
    Row("delete one entry incl. checkpoint (ms, median of 20)", _fmt_ms("delete_one_ms")),
    Row(
        "bulk import, one add_many of all N (s)",
        _plain("import_s", ".2f"),
        30,
        lambda r: float(r["import_s"]),
    ),
    Row("bulk import rate (entries/s)", _plain("import_per_s", ",.0f")),
    Row("first lock after import, WAL checkpoint (ms)", _plain("lock_after_import_ms", ".0f")),
    Row("generating the drafts, not in import (s)", _plain("generate_s", ".1f")),
    Row("database on disk (MiB)", lambda r: f"{r['db_bytes'] / 2**20:.1f}"),
    Row("peak RSS after create, i.e. Argon2id (MiB)", _plain("maxrss_after_create_mib", ".0f")),
    Row("peak RSS of the size's own process (MiB)", _plain("maxrss_mib", ".0f")),
)


def _size_name(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 and n >= 1000 else str(n)


def render(results: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """The markdown report and the target verdicts (taken at 100k, or the largest size)."""
    results = sorted(results, key=lambda r: r["n"])
    judged = next((r for r in results if r["n"] == 100_000), results[-1])
    heads = [_size_name(r["n"]) for r in results]
    lines = [
        "| metric | "
        + " | ".join(heads)
        + f" | target at 100k (judged at {_size_name(judged['n'])}) |",
        "| --- | " + " | ".join("---:" for _ in heads) + " | --- |",
    ]
    verdicts: list[dict[str, Any]] = []
    for row in ROWS:
        cells = [row.value(r) for r in results]
        goal = ""
        if row.target is not None and row.number is not None:
            measured = row.number(judged)
            ok = measured < row.target
            unit = "s" if "(s)" in row.label else "ms"
            goal = f"< {row.target:g} {unit} {'✓' if ok else '✗'}"
            verdicts.append(
                {"metric": row.label, "target": row.target, "measured": measured, "met": ok}
            )
        lines.append(f"| {row.label} | " + " | ".join(cells) + f" | {goal} |")
    first = results[0]
    lines += [
        "",
        f"Role `{ROLE.value}` (kinds: {', '.join(k.value for k in kinds_for(ROLE))}); "
        f"Argon2id {first['kdf_params']}; mean body {first['body_words_mean']:.0f} words; "
        f"SQLite {sqlcipher3.sqlite_version}; Python {platform.python_version()}; "
        f"{os.cpu_count()} CPUs; {platform.platform()}.",
        "Bulk import = one `Journal.add_many` call with all N drafts (generated beforehand).",
        "Peak RSS is each size's own subprocess (includes Argon2id's memory and the N drafts).",
        "Load average (1 min) before/after each size: "
        + ", ".join(
            f"{_size_name(r['n'])} {r['load_before']:.2f}/{r['load_after']:.2f}" for r in results
        )
        + f" on {os.cpu_count()} CPUs (other processes on the machine skew the timings).",
    ]
    return "\n".join(lines), verdicts


# -- driver -------------------------------------------------------------------------------


def _parse_sizes(text: str) -> list[int]:
    sizes = [int(s.replace("_", "")) for s in text.split(",") if s.strip()]
    if not sizes or min(sizes) < 100:
        raise argparse.ArgumentTypeError("sizes are at least 100 entries")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=_parse_sizes,
        default=[1_000, 10_000, 100_000],
        help="comma-separated journal sizes (default 1000,10000,100000)",
    )
    parser.add_argument("--out-dir", type=Path, help="also write bench_vault.json/.md here")
    parser.add_argument("--seed", type=int, default=SEED, help="for the generated entries")
    parser.add_argument("--one-size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--result-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    os.environ.pop("TRUSTJOURNAL_KDF", None)  # the real, default Argon2id cost
    env = dict(os.environ)

    if args.one_size is not None:
        with tempfile.TemporaryDirectory(prefix="tj-bench-", dir=args.work_dir) as tmp:
            result = measure_one_size(args.one_size, Path(tmp), args.seed)
        text = json.dumps(result, indent=2)
        if args.result_file:
            args.result_file.write_text(text)
        else:
            print(text)
        return 0

    _log(f"sizes {args.sizes}; KDF {kdf_from_environment()}")
    results = []
    with tempfile.TemporaryDirectory(prefix="tj-bench-") as tmp:
        for n in args.sizes:
            out = Path(tmp) / f"result-{n}.json"
            command = [
                sys.executable,
                str(Path(__file__).resolve()),
                "--one-size",
                str(n),
                "--seed",
                str(args.seed),
                "--result-file",
                str(out),
                "--work-dir",
                tmp,
            ]
            subprocess.run(command, check=True, env=env)
            results.append(json.loads(out.read_text()))
    table, verdicts = render(results)
    print(table)
    missed = [v["metric"] for v in verdicts if not v["met"]]
    print("\nTargets missed: " + ("; ".join(missed) if missed else "none"))
    if args.out_dir:
        args.out_dir.mkdir(parents=True, exist_ok=True)
        document = {
            "results": results,
            "targets": verdicts,
            "sqlite": sqlcipher3.sqlite_version,
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "trustjournal": str(Path(trustjournal.__file__).parent),
        }
        (args.out_dir / "bench_vault.json").write_text(json.dumps(document, indent=2) + "\n")
        (args.out_dir / "bench_vault.md").write_text(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
