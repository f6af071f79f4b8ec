"""The encrypted journal: key slots, the SQLCipher database, entries, search, backups.

The only package that imports sqlcipher3.
"""

from trustjournal.vault.entries import SearchHit
from trustjournal.vault.journal import Journal, JournalInfo, check_new_passphrase, is_journal

__all__ = ["Journal", "JournalInfo", "SearchHit", "check_new_passphrase", "is_journal"]
