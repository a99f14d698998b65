"""tools/dev.py, the README's two commands: on Debian and Ubuntu they install the system packages
the window and the tests need when missing, or say which to install."""

import importlib.util
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("dev_script", ROOT / "tools" / "dev.py")
dev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dev)


class RecordedRuns:
    """Stands in for subprocess.run: records each command and answers from a table of outcomes."""

    def __init__(self, outcomes):
        self.outcomes = outcomes
        self.commands = []

    def __call__(self, command, **kwargs):
        self.commands.append(command)
        for starts, (returncode, stdout) in self.outcomes:
            if command[: len(starts)] == starts:
                return subprocess.CompletedProcess(command, returncode, stdout, "")
        return subprocess.CompletedProcess(command, 0, "", "")


@pytest.fixture
def linux_with_dpkg(monkeypatch):
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setattr(dev.shutil, "which", lambda name: f"/usr/bin/{name}")


def test_packages_dpkg_does_not_list_as_installed_are_missing(linux_with_dpkg, monkeypatch):
    listing = "libxcb-cursor0 installed\nlibxcb-icccm4 config-files\n"
    monkeypatch.setattr(dev.subprocess, "run", RecordedRuns([(["dpkg-query"], (1, listing))]))
    assert dev.missing_debian_packages(["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]) == [
        "libxcb-icccm4", "libxcb-keysyms1"]  # fmt: skip


def test_without_dpkg_nothing_is_missing(monkeypatch):
    monkeypatch.setattr(dev.shutil, "which", lambda name: None)
    assert dev.missing_debian_packages(["libxcb-icccm4"]) == []


def test_root_installs_the_missing_packages_refreshing_the_lists_when_the_first_try_fails(linux_with_dpkg, monkeypatch):
    runs = RecordedRuns([(["dpkg-query"], (1, "libgl1 installed\n")), (["apt-get", "install"], (100, ""))])
    monkeypatch.setattr(dev.subprocess, "run", runs)
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0)
    dev.ensure_debian_packages(["libgl1", "libxcb-icccm4"])
    install = ["apt-get", "install", "-y", "--no-install-recommends", "libxcb-icccm4"]
    assert runs.commands[1:] == [install, ["apt-get", "update"], install]


def test_a_user_who_may_not_install_is_told_the_command(linux_with_dpkg, monkeypatch, capsys):
    runs = RecordedRuns([(["dpkg-query"], (1, "")), (["sudo", "-n", "true"], (1, ""))])
    monkeypatch.setattr(dev.subprocess, "run", runs)
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000)
    dev.ensure_debian_packages(["libxcb-icccm4", "libxcb-keysyms1"])
    assert not any("install" in command for command in runs.commands)
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in capsys.readouterr().err


def test_the_desktop_packages_are_the_readmes():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = re.search(r"sudo apt install (.*?)# Debian, Ubuntu", readme, re.S).group(1)
    assert line.replace("\\", " ").split() == dev.DESKTOP_PACKAGES

