"""Reading a backup from the device, not from the copy of its pages the operating system
keeps in memory: right after writing, that copy is what was meant to be written, not what the
stick holds (docs/backup-format.md says what each system promises)."""

import io
import os
import sys
from pathlib import Path

# Unbuffered reads on Windows are made in blocks of this size: a multiple of every sector size
# (512 bytes to 4 KiB), so that each read starts and ends on a sector boundary.
WINDOWS_BLOCK = 1024 * 1024
ERROR_INVALID_PARAMETER = 87


def read_from_the_device(backup_file) -> None:
    """Make the reads of the open ``backup_file`` that follow come from the disk (Linux, the
    BSDs, macOS). Windows needs the file opened for it: ``open_from_the_device``."""
    descriptor = backup_file.fileno()
    if hasattr(os, "posix_fadvise"):
        # Drops the file's clean cached pages; the writer fsynced them, so all of them.
        os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
    elif sys.platform == "darwin":
        import fcntl

        fcntl.fcntl(descriptor, fcntl.F_NOCACHE, 1)


def open_from_the_device(path: Path, *, platform: str = sys.platform, kernel=None):
    """``path`` opened for reading (binary, sequential), every read served by the device."""
    if platform == "win32":
        try:
            return io.BufferedReader(UnbufferedWindowsFile(path, kernel or WindowsKernel()), WINDOWS_BLOCK)
        except OSError as error:
            # Some network and virtual file systems refuse unbuffered handles: read them as
            # any file, as Verify… after plugging the stick in again would.
            if getattr(error, "winerror", None) != ERROR_INVALID_PARAMETER:
                raise
        return open(path, "rb")
    backup_file = open(path, "rb")
    try:
        read_from_the_device(backup_file)
    except BaseException:
        backup_file.close()
        raise
    return backup_file


class UnbufferedWindowsFile(io.RawIOBase):
    """A file opened with ``FILE_FLAG_NO_BUFFERING``: each read goes to the device. Such reads
    must start on a sector boundary, be a whole number of sectors long and land in a buffer
    aligned to the sector size; so the file is read in whole blocks into a page-aligned buffer,
    and what the caller asks for is handed out from there."""

    def __init__(self, path: Path, kernel):
        super().__init__()
        self._kernel = kernel
        self._view = None  # set once the buffer is there: close() after a failed open has nothing to free
        self._handle = kernel.open_unbuffered(str(path))
        try:
            self._block = kernel.aligned_buffer(WINDOWS_BLOCK)
        except BaseException:
            kernel.close(self._handle)
            raise
        self._view = memoryview(self._block).cast("B")
        self._descriptor = None
        self._filled = 0
        self._taken = 0
        self._at_end = False

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        if self._descriptor is None:
            self._descriptor = self._kernel.descriptor(self._handle)
        return self._descriptor

    def readinto(self, target) -> int:
        if self._taken == self._filled:
            if self._at_end:
                return 0
            self._filled = self._kernel.read(self._handle, self._block, WINDOWS_BLOCK)
            self._taken = 0
            # A short read is the end of the file: the next read would not start on a sector.
            self._at_end = self._filled < WINDOWS_BLOCK
            if self._filled == 0:
                return 0
        wanted = memoryview(target).cast("B")
        count = min(len(wanted), self._filled - self._taken)
        wanted[:count] = self._view[self._taken : self._taken + count]
        self._taken += count
        return count

    def close(self) -> None:
        if self.closed:
            return
        try:
            if self._view is not None:
                self._view.release()
                self._kernel.free(self._block)
                if self._descriptor is not None:
                    os.close(self._descriptor)  # closes the handle with it
                else:
                    self._kernel.close(self._handle)
        finally:
            super().close()


class WindowsKernel:
    """The few kernel32 calls an unbuffered read needs, through ctypes."""

    GENERIC_READ = 0x80000000
    FILE_SHARE_READ = 0x1
    OPEN_EXISTING = 3
    FILE_FLAG_NO_BUFFERING = 0x20000000
    FILE_FLAG_SEQUENTIAL_SCAN = 0x08000000
    MEM_COMMIT_AND_RESERVE = 0x1000 | 0x2000
    MEM_RELEASE = 0x8000
    PAGE_READWRITE = 0x04

    def __init__(self):
        import ctypes
        from ctypes import wintypes

        self._ctypes = ctypes
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        self._create = kernel32.CreateFileW
        self._create.argtypes = [
            wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, ctypes.c_void_p,
            wintypes.DWORD, wintypes.DWORD, wintypes.HANDLE,
        ]
        self._create.restype = wintypes.HANDLE
        self._read = kernel32.ReadFile
        self._read.argtypes = [
            wintypes.HANDLE, ctypes.c_void_p, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD), ctypes.c_void_p,
        ]
        self._read.restype = wintypes.BOOL
        self._close = kernel32.CloseHandle
        self._close.argtypes = [wintypes.HANDLE]
        self._alloc = kernel32.VirtualAlloc
        self._alloc.argtypes = [ctypes.c_void_p, ctypes.c_size_t, wintypes.DWORD, wintypes.DWORD]
        self._alloc.restype = ctypes.c_void_p
        self._free = kernel32.VirtualFree
        self._free.argtypes = [ctypes.c_void_p, ctypes.c_size_t, wintypes.DWORD]
        self._dword = wintypes.DWORD
        self._invalid = wintypes.HANDLE(-1).value

    def _error(self) -> OSError:
        return self._ctypes.WinError(self._ctypes.get_last_error())

    def open_unbuffered(self, path: str) -> int:
        handle = self._create(
            path, self.GENERIC_READ, self.FILE_SHARE_READ, None, self.OPEN_EXISTING,
            self.FILE_FLAG_NO_BUFFERING | self.FILE_FLAG_SEQUENTIAL_SCAN, None,
        )
        if handle is None or handle == self._invalid:
            raise self._error()
        return handle

    def aligned_buffer(self, size: int):
        # VirtualAlloc returns whole pages: aligned for any sector size.
        address = self._alloc(None, size, self.MEM_COMMIT_AND_RESERVE, self.PAGE_READWRITE)
        if not address:
            raise self._error()
        return (self._ctypes.c_ubyte * size).from_address(address)

    def read(self, handle: int, buffer, size: int) -> int:
        done = self._dword(0)
        if not self._read(handle, self._ctypes.addressof(buffer), size, self._ctypes.byref(done), None):
            raise self._error()
        return done.value

    def descriptor(self, handle: int) -> int:
        import msvcrt

        return msvcrt.open_osfhandle(handle, os.O_RDONLY)

    def close(self, handle: int) -> None:
        self._close(handle)

    def free(self, buffer) -> None:
        self._free(self._ctypes.addressof(buffer), 0, self.MEM_RELEASE)
