"""The bundle's executable: the same as `python -m committee_app`."""

import sys

from committee_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
