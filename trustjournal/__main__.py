"""``python -m trustjournal`` starts the desktop app."""

import sys

from trustjournal.app import main

sys.exit(main())
