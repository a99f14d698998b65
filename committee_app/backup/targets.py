"""Which mounted volumes to offer as backup targets: removable ones, writable, not the disk
the store or the home folder lives on. Fed by the desktop app from ``QStorageInfo``; kept
free of Qt so that the choice can be tested with any list of volumes."""

import sys
from dataclasses import dataclass
from pathlib import PurePath

# Kernel and memory file systems: never a place a backup survives a power cut or a seizure.
PSEUDO_FILE_SYSTEMS = frozenset(
    {
        "autofs", "binfmt_misc", "bpf", "cgroup", "cgroup2", "configfs", "debugfs", "devpts", "devtmpfs",
        "efivarfs", "fusectl", "hugetlbfs", "mqueue", "nsfs", "overlay", "proc", "pstore", "ramfs",
        "securityfs", "squashfs", "sysfs", "tmpfs", "tracefs", "fuse.portal", "fuse.gvfsd-fuse", "devfs",
    }
)
# Where desktops mount sticks and cards.
REMOVABLE_PARENTS = {
    "linux": ("/media", "/run/media", "/mnt"),
    "darwin": ("/Volumes",),
}


@dataclass(frozen=True)
class Volume:
    root: PurePath
    name: str
    file_system: str
    ready: bool
    read_only: bool
    bytes_free: int
    bytes_total: int


def _inside(path: PurePath, folder: PurePath) -> bool:
    return path == folder or folder in path.parents


def _platform_key(platform: str) -> str:
    return "linux" if platform.startswith("linux") else platform


def backup_volumes(volumes, protected, platform: str = sys.platform) -> list[Volume]:
    """The volumes a stick could be, largest free space first. ``protected`` are folders
    (the store's, the home folder) whose disk is the system's and is never offered."""
    parents = REMOVABLE_PARENTS.get(_platform_key(platform))
    chosen = []
    for volume in volumes:
        if not volume.ready or volume.read_only or volume.bytes_total <= 0:
            continue
        if volume.file_system.lower() in PSEUDO_FILE_SYSTEMS:
            continue
        root = PurePath(volume.root)
        if root == PurePath(root.anchor):
            # A whole-disk root: on Windows a drive letter is a stick unless it holds the home
            # or the store; elsewhere "/" is the system disk.
            if platform != "win32":
                continue
        elif parents is not None and not any(_inside(root, PurePath(parent)) and root != PurePath(parent) for parent in parents):
            continue
        if any(_inside(PurePath(folder), root) for folder in protected):
            continue
        chosen.append(volume)
    return sorted(chosen, key=lambda volume: (-volume.bytes_free, str(volume.root)))
