"""Members at scale: bulk insert and search with 100,000 members, beside raw SQLCipher.

Prints figures; asserts nothing. Run: python3 tools/dev.py bench
"""

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3

from committee_app import keyslot
from committee_app.folding import member_search_key, search_alternatives, sort_key
from committee_app.services import members
from committee_app.store import CONNECTION_PRAGMAS, Store, sqlcipher_key_literal

MEMBER_COUNT = int(os.environ.get("BENCH_MEMBERS", "100000"))
SEARCH_REPEATS = 30
FIRST_NAMES = ["Қайрат", "Ерлан", "Әсел", "Гүлнұр", "Нұрлан", "Айгүл", "Сергей", "Ольга", "Ұлан", "Дәулет", "Иван", "Мария"]
SURNAMES = ["Жұмабаев", "Сейітқали", "Өтебаева", "Петренко", "Оразбаев", "Иванова", "Құдайбергенов", "Smith", "Sergeyev"]
WORKPLACES = ["Озенмунайгаз, НГДУ-1", "ПУ «Жаңаөзенмұнайгаз»", "Буровое управление", "УТТ", "Energy Department"]
UNITS = ["Цех добычи №3", "Бригада КРС-12", "Гараж", "Shop 4", "Қазандық"]
TERMS = {
    "cyrillic": ["қайрат", "ЕРЛАН", "жұмаб", "цех", "ова"],
    "latin": ["smith", "sergey", "energy", "70123", "shop"],
    # The first keystrokes of a search: too short for the trigram index.
    "one or two letters": ["қ", "ер", "70", "це"],
}


def generated_members(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    return [
        {
            "full_name": f"{rng.choice(SURNAMES)} {rng.choice(FIRST_NAMES)}",
            "phone": f"+7 7{rng.randint(0, 99):02d} {rng.randint(0, 999):03d} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}",
            "workplace": rng.choice(WORKPLACES),
            "unit": rng.choice(UNITS),
        }
        for _ in range(count)
    ]


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def raw_connection(path: Path, key: bytes):
    connection = sqlcipher3.connect(str(path))
    connection.execute(f'PRAGMA key = "{sqlcipher_key_literal(key)}"')
    for pragma in CONNECTION_PRAGMAS:
        connection.execute(f"PRAGMA {pragma}")
    return connection


def raw_insert(connection, rows: list[dict]) -> None:
    """What the service does, written by hand: one executemany in one transaction."""
    now = "2026-01-01 00:00:00.000000"
    values = [
        (
            os.urandom(16).hex(), now, now, row["full_name"], row["phone"], row["workplace"], row["unit"], "", "member",
            "active", None, "", member_search_key(row["full_name"], row["phone"], row["workplace"], row["unit"]),
            sort_key(row["full_name"]), sort_key(row["workplace"]), sort_key(row["unit"]),
        )
        for row in rows
    ]
    with connection:
        connection.executemany(
            "INSERT INTO members (uuid, created_at, updated_at, full_name, phone, workplace, unit, occupation, role, "
            "status, joined_on, notes, search_key, sort_name, sort_workplace, sort_unit) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            values,
        )


def raw_search_ids(connection, query: str) -> list[int]:
    """The same search written by hand: the trigram index for long terms, a scan of the
    folded keys for short ones."""
    terms = search_alternatives(query)[0]
    long_terms = [term for term in terms if len(term) >= 3]
    conditions, parameters = [], []
    if long_terms:
        conditions.append("id IN (SELECT rowid FROM member_search WHERE member_search MATCH ?)")
        parameters.append(" AND ".join('"' + term.replace('"', '""') + '"' for term in long_terms))
    for term in terms:
        if len(term) < 3:
            conditions.append("search_key LIKE ?")
            parameters.append(f"%{term}%")
    sql = f"SELECT id FROM members WHERE {' AND '.join(conditions)} ORDER BY sort_name, id"
    return [row[0] for row in connection.execute(sql, parameters)]


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        kdf_seconds = timed(lambda: keyslot.seal_key(os.urandom(32), "benchmark passphrase", store_salt=os.urandom(16)))
        ours = Store.create(folder / "ours.store", "benchmark passphrase")
        theirs = Store.create(folder / "raw.store", "benchmark passphrase")
        theirs.close()
        raw_key = keyslot.unlock_key(folder / "raw.store", "benchmark passphrase").key
        raw = raw_connection(folder / "raw.store", raw_key)
        rows = generated_members(MEMBER_COUNT)

        insert_ours = timed(lambda: members.add_members_in_bulk(ours, rows))
        insert_raw = timed(lambda: raw_insert(raw, rows))

        print(f"Members: {MEMBER_COUNT:,}; Argon2id key sealing (shipped default): {kdf_seconds * 1000:.0f} ms")
        print(f"Bulk insert: service {insert_ours:.2f} s, raw executemany {insert_raw:.2f} s, "
              f"ratio {insert_ours / insert_raw:.2f}x (target <= 5x)")
        for script, terms in TERMS.items():
            ours_samples, raw_samples, hits = [], [], []
            for term in terms:
                members.search_member_ids(ours, term)  # warm the page cache
                raw_search_ids(raw, term)
                for _ in range(SEARCH_REPEATS):
                    ours_samples.append(timed(lambda: hits.append(len(members.search_member_ids(ours, term)))))
                    raw_samples.append(timed(lambda: raw_search_ids(raw, term)))
            print(
                f"Search ({script}: {', '.join(terms)}; {min(hits):,}–{max(hits):,} hits): "
                f"service median {statistics.median(ours_samples) * 1000:.1f} ms, p95 {percentile(ours_samples, 0.95) * 1000:.1f} ms; "
                f"raw median {statistics.median(raw_samples) * 1000:.1f} ms, p95 {percentile(raw_samples, 0.95) * 1000:.1f} ms; "
                f"ratio of medians {statistics.median(ours_samples) / statistics.median(raw_samples):.2f}x "
                f"(target p95 < 50 ms)"
            )
        page_samples = [timed(lambda: members.search_members(ours, "қайрат", limit=100)) for _ in range(SEARCH_REPEATS)]
        print(f"First 100 matching members as records: median {statistics.median(page_samples) * 1000:.1f} ms, "
              f"p95 {percentile(page_samples, 0.95) * 1000:.1f} ms")
        ours.close()
        raw.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
