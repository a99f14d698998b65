"""Which volumes are offered for backups: sticks, never the system disk or a memory disk."""

from pathlib import PurePosixPath, PureWindowsPath

from committee_app.backup.targets import Volume, backup_volumes

HOME = PurePosixPath("/home/secretary")
STORE = PurePosixPath("/home/secretary/.local/share/committee_app")


def volume(root, *, fs="vfat", ready=True, read_only=False, free=8 * 1024**3, total=16 * 1024**3, name="STICK"):
    return Volume(root, name, fs, ready, read_only, free, total)


def roots(chosen):
    return [str(item.root) for item in chosen]


def test_a_mounted_stick_is_offered_and_the_system_disk_is_not():
    found = [
        volume(PurePosixPath("/"), fs="ext4"),
        volume(PurePosixPath("/boot/efi"), fs="vfat"),
        volume(PurePosixPath("/media/secretary/KINGSTON")),
        volume(PurePosixPath("/run/media/secretary/SD-CARD"), fs="exfat", free=1024**3),
    ]
    assert roots(backup_volumes(found, [HOME, STORE], "linux")) == [
        "/media/secretary/KINGSTON",
        "/run/media/secretary/SD-CARD",
    ]


def test_read_only_unready_memory_and_kernel_volumes_are_left_out():
    found = [
        volume(PurePosixPath("/media/secretary/CDROM"), fs="iso9660", read_only=True),
        volume(PurePosixPath("/media/secretary/GONE"), ready=False),
        volume(PurePosixPath("/media/secretary/RAM"), fs="tmpfs"),
        volume(PurePosixPath("/mnt/empty"), total=0),
        volume(PurePosixPath("/media")),
    ]
    assert backup_volumes(found, [HOME], "linux") == []


def test_the_disk_holding_the_store_is_never_offered_even_where_sticks_are_mounted():
    store_on_stick = PurePosixPath("/media/secretary/WORK/committee")
    found = [volume(PurePosixPath("/media/secretary/WORK")), volume(PurePosixPath("/media/secretary/SPARE"))]
    assert roots(backup_volumes(found, [HOME, store_on_stick], "linux")) == ["/media/secretary/SPARE"]


def test_on_windows_drive_letters_are_sticks_unless_they_hold_the_home_folder():
    home = PureWindowsPath("C:/Users/secretary")
    found = [volume(PureWindowsPath("C:/"), fs="NTFS"), volume(PureWindowsPath("E:/"), fs="FAT32")]
    assert roots(backup_volumes(found, [home], "win32")) == ["E:\\"]


def test_on_macos_volumes_under_volumes_are_offered():
    found = [volume(PurePosixPath("/"), fs="apfs"), volume(PurePosixPath("/Volumes/USB"), fs="msdos")]
    assert roots(backup_volumes(found, [PurePosixPath("/Users/secretary")], "darwin")) == ["/Volumes/USB"]
