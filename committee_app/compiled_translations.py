"""The app's compiled translations (.qm) read without Qt, for `committee-app --help`.

Loading Qt takes longer than the whole of printing the help, so the command line reads the
same file Qt's QTranslator reads. Only what the help needs is read: plain (not plural)
messages, looked up by context and source text as QTranslator looks them up.
"""

import struct
from pathlib import Path

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# The sections of a .qm file and the tags of a message's fields, as Qt writes them.
SECTION_HASHES, SECTION_MESSAGES = 0x42, 0x69
TAG_END, TAG_TRANSLATION, TAG_OBSOLETE1, TAG_SOURCE_TEXT, TAG_CONTEXT, TAG_COMMENT = 1, 3, 5, 6, 7, 8


def elf_hash(text: bytes) -> int:
    """The hash Qt files a message under (of its source text followed by its comment)."""
    value = 0
    for byte in text:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


class CompiledTranslations:
    def __init__(self, data: bytes):
        if not data.startswith(QM_MAGIC):
            raise ValueError("not a compiled Qt translation")
        self._hashes = b""
        self._messages = b""
        position = len(QM_MAGIC)
        while position + 5 <= len(data):
            tag, length = data[position], struct.unpack_from(">I", data, position + 1)[0]
            body = data[position + 5 : position + 5 + length]
            if tag == SECTION_HASHES:
                self._hashes = body
            elif tag == SECTION_MESSAGES:
                self._messages = body
            position += 5 + length
        self._entries = [struct.unpack_from(">II", self._hashes, at) for at in range(0, len(self._hashes) - 7, 8)]

    @classmethod
    def load(cls, path: Path) -> "CompiledTranslations":
        return cls(path.read_bytes())

    def translate(self, context: str, source: str) -> str | None:
        """The translation of ``source`` in ``context``, or None when it has none."""
        wanted = elf_hash(source.encode())
        for entry_hash, offset in self._entries_with(wanted):
            found = self._message_at(offset, context.encode(), source.encode())
            if found is not None:
                return found
        return None

    def _entries_with(self, wanted: int):
        low, high = 0, len(self._entries)
        while low < high:
            middle = (low + high) // 2
            if self._entries[middle][0] < wanted:
                low = middle + 1
            else:
                high = middle
        while low < len(self._entries) and self._entries[low][0] == wanted:
            yield self._entries[low]
            low += 1

    def _message_at(self, offset: int, context: bytes, source: bytes) -> str | None:
        data, position, translation = self._messages, offset, None
        while position < len(data):
            tag = data[position]
            position += 1
            if tag == TAG_END:
                break
            if tag == TAG_OBSOLETE1:
                position += 4
                continue
            length = struct.unpack_from(">I", data, position)[0]
            position += 4
            if tag == TAG_TRANSLATION:
                if length & 1:  # Qt's mark of an empty (unfinished) translation
                    return None
                if translation is None:  # the first form; plural forms follow it
                    translation = data[position : position + length].decode("utf-16-be")
                position += length
            elif tag in (TAG_SOURCE_TEXT, TAG_CONTEXT, TAG_COMMENT):
                value = data[position : position + length]
                position += length
                expected = {TAG_SOURCE_TEXT: source, TAG_CONTEXT: context, TAG_COMMENT: b""}[tag]
                if value != expected:
                    return None
            else:
                return None
        return translation
