"""The passphrase strength estimate: what it refuses, what it welcomes, and its promises."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustjournal.domain.passphrase import (
    COMMON_PASSWORDS,
    MIN_LENGTH,
    Finding,
    assess,
)
from trustjournal.errors import InvalidInput
from trustjournal.vault.journal import MIN_PASSPHRASE, check_new_passphrase


def test_the_minimum_length_is_the_vaults() -> None:
    assert MIN_LENGTH == MIN_PASSPHRASE


def test_the_common_list_is_small_lowercase_and_unique() -> None:
    assert 150 <= len(COMMON_PASSWORDS) <= 300
    assert len(set(COMMON_PASSWORDS)) == len(COMMON_PASSWORDS)
    assert all(p == p.lower() for p in COMMON_PASSWORDS)


@pytest.mark.parametrize("password", COMMON_PASSWORDS)
def test_every_common_password_is_refused(password: str) -> None:
    strength = assess(password)
    assert not strength.acceptable
    assert strength.score <= 1


@pytest.mark.parametrize(
    "password",
    ["password", "Password1", "P@ssw0rd!", "password123", "iloveyou2", "Qwerty123!", "12345678"],
)
def test_common_passwords_dressed_up_are_still_common(password: str) -> None:
    strength = assess(password)
    assert strength.finding is Finding.COMMON
    assert not strength.acceptable


@pytest.mark.parametrize(
    "passphrase",
    ["correct horse battery staple", "river candle orange tuesday", "Wir sehen uns morgen früh"],
)
def test_several_unrelated_words_score_well(passphrase: str) -> None:
    strength = assess(passphrase)
    assert strength.acceptable
    assert strength.score >= 3
    assert strength.finding is Finding.OK


def test_three_words_will_do_and_say_so() -> None:
    strength = assess("river candle orange")
    assert strength.acceptable
    assert strength.finding is Finding.COULD_BE_LONGER


def test_a_random_string_is_strong() -> None:
    assert assess("x7#Kp2!qZ9vL").score >= 3


@pytest.mark.parametrize("passphrase", ["Xk#9q!z", "ab", "a b c"])
def test_anything_shorter_than_the_vault_allows_is_refused(passphrase: str) -> None:
    strength = assess(passphrase)
    assert strength.finding is Finding.TOO_SHORT
    assert not strength.acceptable


def test_empty() -> None:
    assert assess("").finding is Finding.EMPTY
    assert not assess("").acceptable


@pytest.mark.parametrize(
    "passphrase", ["abcdefghijkl", "987654321098", "1qaz2wsx3edc", "zyxwvutsrqpo"]
)
def test_alphabet_and_keyboard_runs_are_refused(passphrase: str) -> None:
    strength = assess(passphrase)
    assert strength.finding in (Finding.SEQUENCE, Finding.COMMON)
    assert not strength.acceptable


@pytest.mark.parametrize(
    "passphrase", ["aaaaaaaaaaaa", "abababababab", "samsamsamsam", "hello hello hello hello"]
)
def test_repeats_are_refused(passphrase: str) -> None:
    strength = assess(passphrase)
    assert strength.finding in (Finding.REPEATED, Finding.COMMON)
    assert not strength.acceptable


@pytest.mark.parametrize("passphrase", ["19850312", "12/03/1985", "2024-01-15", "03.12.85"])
def test_dates_are_refused(passphrase: str) -> None:
    strength = assess(passphrase)
    assert strength.finding is Finding.DATE
    assert not strength.acceptable


def test_numbers_alone_are_refused() -> None:
    strength = assess("83920175")
    assert strength.finding is Finding.DIGITS_ONLY
    assert not strength.acceptable


def test_a_single_word_is_too_simple() -> None:
    strength = assess("elephant")
    assert strength.finding is Finding.TOO_SIMPLE
    assert not strength.acceptable


def test_the_users_own_name_is_weak() -> None:
    assert assess("Samantha1985!", personal=["Samantha"]).finding is Finding.PERSONAL
    assert not assess("Samantha1985!", personal=["Samantha"]).acceptable
    # Someone else's name is just a word.
    assert assess("Samantha1985!", personal=["Alex"]).finding is not Finding.PERSONAL


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_gets_a_sane_answer(text: str) -> None:
    strength = assess(text, personal=["Sam Rivers"])
    assert 0 <= strength.score <= 4
    assert strength.bits >= 0
    assert strength.acceptable == (strength.score >= 2 and len(text) >= MIN_LENGTH)
    if strength.acceptable:
        check_new_passphrase(text)  # the vault never refuses what the meter accepts
    elif len(text) < MIN_LENGTH:
        with pytest.raises(InvalidInput):
            check_new_passphrase(text)
