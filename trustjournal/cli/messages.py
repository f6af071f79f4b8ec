"""Words the command line says to a person, kept in one place.

Error messages that belong to the core come from :mod:`trustjournal.errors`; these are
the command line's own. They are written for someone who may be having a hard day:
plain, calm, and saying what to do next.
"""

from __future__ import annotations

UNEXPECTED = "Something unexpected went wrong; your journal has not been changed."
INTERRUPTED = "Stopped. Anything that was not finished has not been saved."

CANNOT_ASK_CURRENT = (
    "No passphrase was given. Set TRUSTJOURNAL_PASSPHRASE, use --passphrase-file, "
    "or run this command in a terminal to be asked for it."
)
CANNOT_ASK_NEW = (
    "No new passphrase was given. Set TRUSTJOURNAL_NEW_PASSPHRASE, use "
    "--new-passphrase-file, or run this command in a terminal to be asked for it."
)
NOTHING_TYPED = "No passphrase was typed, so nothing was changed."
MISMATCH = "The two passphrases do not match, so nothing was changed. Please try again."

PROMPT_CURRENT = "Passphrase for {folder}: "
PROMPT_CHOOSE = (
    "Choose a passphrase (at least {minimum} characters; a few unrelated words work well): "
)
PROMPT_CHOOSE_NEW = "Choose a new passphrase (at least {minimum} characters): "
PROMPT_AGAIN = "Type it again, to be sure: "

BODY_HINT = (
    "Write your entry below. When you are done, press Ctrl-D on a new line to save it "
    "(on Windows: Ctrl-Z, then Enter)."
)
BODY_NOT_TEXT = "The text given on standard input is not UTF-8 text, so nothing was saved."

RECOVERY_CODE_INTRO = "This is your recovery code:"
RECOVERY_CODE_ADVICE = (
    "Please write it down now and keep it somewhere safe, away from this computer.",
    "It opens your journal if you ever forget your passphrase,",
    "and it will not be shown again.",
)

NOTHING_TO_CHANGE = (
    "Nothing to change. Give at least one option, such as --title, --tag or --body-stdin."
)
DELETE_QUESTION = "Delete entry {id}, “{title}”? This cannot be undone. Type y to delete it: "
NOT_DELETED = "Nothing was deleted."

EXPORT_REMINDER = (
    "Please remember: {file} is not encrypted. Anyone who can open it can read these "
    "entries, so delete it when you no longer need it."
)
FILE_EXISTS = "{file} already exists. Choose another name, or add --force to replace it."

HEALTHY = "The journal is healthy."
UNHEALTHY = (
    "The journal's checks found {count}. Please keep this folder as it is and restore "
    "from a backup if you can."
)
