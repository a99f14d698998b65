"""The bundle's executable: the same as `python -m committee_app`, with the desktop front end
handed to the command line directly rather than looked up through package metadata."""

import sys

from committee_app.cli import main


def run_desktop(path, unlocked_store):
    from ui.app import run_desktop as start

    return start(path, unlocked_store)


if __name__ == "__main__":
    sys.exit(main(desktop=run_desktop))
