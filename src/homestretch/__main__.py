"""``python -m homestretch``: the same as the ``homestretch`` command."""

import sys

from homestretch.cli import main

if __name__ == "__main__":
    sys.exit(main())
