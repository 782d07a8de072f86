"""Entry point of the frozen program (installer/pitstop.spec).

The same ``pitstop`` command as the console script: with no subcommand it opens
the desktop program, with one it runs that command and exits.
"""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
