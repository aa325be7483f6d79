#!/usr/bin/env python3
"""The machine's ceiling for durable SQLite commits: one small insert per transaction into a file
in the given folder, with SQLite's rollback journal and synchronous=FULL as Guildhall uses it, for
the given number of seconds. Prints commits per second.

  python3 Benchmarks/sqlite-commits.py FOLDER [SECONDS]
"""

import os
import sqlite3
import sys
import time

folder = sys.argv[1]
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 10
path = os.path.join(folder, "commits.sqlite")
connection = sqlite3.connect(path, isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE")
connection.execute("PRAGMA synchronous=FULL")
connection.execute("CREATE TABLE IF NOT EXISTS commits (id INTEGER PRIMARY KEY, at REAL, body TEXT)")
count, started = 0, time.monotonic()
while time.monotonic() - started < seconds:
    connection.execute("BEGIN")
    connection.execute("INSERT INTO commits (at, body) VALUES (?, ?)", (time.time(), "x" * 500))
    connection.execute("COMMIT")
    count += 1
elapsed = time.monotonic() - started
connection.close()
os.remove(path)
print(f"{count / elapsed:.0f} durable commits/s ({count} in {elapsed:.1f} s)")
