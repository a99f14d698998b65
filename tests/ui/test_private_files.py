"""Every file and folder the app writes is for its user alone (0600 / 0700), whatever the
umask, and folders an older version made readable to others are closed on the next start."""

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from committee_app import logs, paths
from committee_app.backup import write_backup
from committee_app.demo import create_demo_store
from committee_app.dump import write_dump
from committee_app.printing.document import PaperChoice
from committee_app.printing.roster import print_roster
from committee_app.services import members
from committee_app.store import Store
from tests.conftest import PASSPHRASE
from ui.settings import DeskSettings

pytestmark = [
    pytest.mark.usefixtures("unsynced_writes"),
    pytest.mark.skipif(sys.platform == "win32", reason="Windows has no owner/group/other permission bits"),
]


@pytest.fixture
def open_umask():
    """The common default, under which a file nobody restricts is readable by everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def reset_logging():
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler is logs._file_handler:
            root.removeHandler(handler)
            handler.close()
    logs._file_handler = None


def readable_by_others(top: Path) -> list[str]:
    found = []
    for path in [top, *top.rglob("*")]:
        if path.stat().st_mode & 0o077:
            found.append(f"{path.relative_to(top.parent)} {stat.filemode(path.stat().st_mode)}")
    return found


def test_the_store_settings_logs_backups_exports_and_papers_are_private(
    qapp, tmp_path, open_umask, reset_logging, qtbot
):
    home = Path(os.environ["HOME"])
    # Made readable to all by an older version: closed on the next start.
    for folder in (paths.config_folder(), paths.log_folder()):
        folder.mkdir(parents=True, mode=0o755)
        folder.chmod(0o755)
    store_path = paths.default_store_path()
    store = Store.create(store_path, PASSPHRASE)
    members.add_member(store, full_name="Жұмабаев Қайрат", phone="+7 701 512 34 87")
    store.change_passphrase(PASSPHRASE, PASSPHRASE + " 2")
    settings = DeskSettings()
    settings.language = "kk"
    settings.print_folder = home
    settings.sync()
    logs.configure_logging()
    logging.getLogger("committee_app").info("a line")
    logs._file_handler.doRollover()
    logging.getLogger("committee_app").info("a line after the log was rotated")
    exports = home / "exports"
    exports.mkdir()
    write_backup(store, exports, "резервная копия 2026")
    write_dump(store, exports / "records.json")
    print_roster(store, exports / "members.pdf", PaperChoice())
    store.close()
    create_demo_store(paths.demo_store_path(), PASSPHRASE).close()

    assert len(list(paths.log_folder().iterdir())) == 2
    assert len(list(exports.iterdir())) == 3
    assert (paths.config_folder() / "settings.ini").is_file()
    assert len(list(paths.demo_store_path().parent.iterdir())) == 4  # the store, its two key files, the demo mark
    everything = [store_path.parent, paths.config_folder(), paths.log_folder()]
    assert [problem for folder in everything for problem in readable_by_others(folder)] == []
    assert [problem for problem in readable_by_others(exports) if problem.split()[0] != "exports"] == []
