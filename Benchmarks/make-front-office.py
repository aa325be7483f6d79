#!/usr/bin/env python3
"""Fills a migrated Guildhall database with residents and cases for the front-office benchmarks:
   make-front-office.py sqlite PATH RESIDENTS CASES   (writes into the SQLite file)
   make-front-office.py postgres URL RESIDENTS CASES  (loads through psql's \\copy)
The organisation `bench` and its catalogue must exist. Rows are written as Guildhall writes them
(the same keys, folded search text and day columns), but due dates count weekends only: the
benchmark measures reading, not the calendar. Deterministic: the same rows every time. Writes the
search terms and division ids it used to stdout as JSON, for the load generator."""
import csv
import io
import json
import random
import subprocess
import sys
import unicodedata
import uuid
from datetime import date, datetime, timedelta, timezone

kind, target, residents_wanted, cases_wanted = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(2003)
today = date.today()
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
FIRST = ["Ann", "Ben", "Carys", "David", "Elif", "Fatima", "George", "Hannah", "Imran", "Jade", "Kwame", "Laura", "Mohammed",
         "Niamh", "Oliver", "Priya", "Rhys", "Sophie", "Tomasz", "Una", "Victor", "Wendy", "Yusuf", "Zoë", "Aled", "Bethan",
         "Chloé", "Deepak", "Emma", "Finn", "Grace", "Harry", "Isla", "Jack", "Kiran", "Lily", "Mei", "Noah", "Olga", "Patrick"]
SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan", "Hughes",
            "Edwards", "Lewis", "Nowak", "O'Brien", "Begum", "Okafor", "Müller", "Ahmed", "Harris", "Martin", "Cooper", "King"]
# Rarer surnames, so that most searches find a few people and some find thousands.
SURNAMES += [a + b for a in ["Ash", "Black", "Brad", "Chad", "Cran", "Dun", "Fair", "Green", "Hart", "Kings", "Lang", "Marsh",
                             "Nor", "Oak", "Pen", "Rad", "Sand", "Thorn", "Wake", "Whit"]
             for b in ["ley", "ford", "worth", "ton", "field", "wood", "by", "well", "more", "brook"]]
CHANNELS = ["telephone", "telephone", "email", "web", "web", "letter", "face-to-face", "open311"]
REPLY = {"letter": 10, "email": 5, "web": 5, "open311": 5}
OPEN = ["open", "investigating", "in-progress", "action-scheduled", "waiting-for-customer", "referred"]
CLOSED = ["fixed", "fixed", "fixed", "no-further-action", "not-councils-responsibility", "closed", "cancelled"]


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def working_day(n, after):
    day = after
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def query(sql):
    if kind == "sqlite":
        import sqlite3
        with sqlite3.connect(target) as connection:
            return connection.execute(sql).fetchall()
    out = subprocess.run(["psql", target, "-At", "-F", "\t", "-c", sql], check=True, capture_output=True, text=True).stdout
    return [tuple(line.split("\t")) for line in out.splitlines() if line]


organisation = query("SELECT id FROM organisations WHERE slug = 'bench'")[0][0]
interactions = query(f"SELECT service_id, type, division_id, standard_days FROM interactions WHERE organisation_id = '{organisation}' AND applicable")
interactions = [(s, int(t), d, int(days) if days not in (None, "") else None) for s, t, d, days in interactions]


def stamp(moment):
    return moment.timestamp() if kind == "sqlite" else moment.isoformat()


RESIDENT_COLUMNS = ["id", "organisation_id", "kind", "name", "email", "phone", "address", "postcode", "consents_to_email",
                    "consents_to_text", "needs", "notes", "created_at", "email_key", "phone_key", "surname_key", "postcode_key", "search_text"]
CASE_COLUMNS = ["id", "organisation_id", "reference", "service_id", "interaction_type", "description", "location_address", "channel",
                "resident_id", "received_at", "received_on", "status", "is_open", "priority", "division_id", "reply_by", "resolve_by",
                "replied_on", "closed_on", "waiting_since", "next_due", "created_at", "updated_at"]
created = datetime.now(timezone.utc) - timedelta(days=800)
terms = {"names": [], "phones": [], "postcodes": [], "references": []}
resident_ids = []


def residents():
    for index in range(residents_wanted):
        first, last = rng.choice(FIRST), rng.choice(SURNAMES)
        phone = f"01632 {index:07d}"[:13] if index % 2 else f"07700 {index:06d}"
        email = f"{fold(first)}.{fold(last).replace(chr(39), '')}.{index}@example.com"
        postcode = f"BE{1 + index % 20} {index % 10}{ALPHABET[index % 23 + 8]}{ALPHABET[(index // 23) % 23 + 8]}"
        compact = postcode.replace(" ", "")
        phone_key = phone.replace(" ", "")
        identifier = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
        resident_ids.append(identifier)
        if index % 5000 == 0:
            terms["names"] += [fold(last), f"{fold(first)} {fold(last)}", fold(last)[1:5]]
            terms["phones"].append(phone)
            terms["postcodes"].append(postcode)
        yield [identifier, organisation, "person", f"{first} {last}", email, phone, f"{1 + index % 200} High Street\nBenchtown",
               postcode, False, False, "", "", stamp(created), email, phone_key, fold(last), compact,
               fold(f"{first} {last} {email} {phone_key} {compact}")]


def cases():
    for index in range(cases_wanted):
        service, type_code, division, standard = rng.choice(interactions)
        channel = rng.choice(CHANNELS)
        received = datetime.combine(today - timedelta(days=rng.randrange(730)), datetime.min.time(), timezone.utc) + timedelta(hours=9 + rng.random() * 8)
        day = received.date()
        reply_by = working_day(REPLY[channel], day) if channel in REPLY else None
        resolve_by = working_day(standard, day) if standard else None
        age = (today - day).days
        closed = age > 30 and rng.random() < 0.97 or age > 5 and rng.random() < 0.6
        status = rng.choice(CLOSED) if closed else rng.choice(OPEN)
        replied = working_day(rng.randrange(1, 9), day) if age > 10 or closed else None
        closed_on = working_day(int((standard or 10) * (0.4 + rng.random() * 1.1)) + 1, day) if closed else None
        if closed_on and closed_on > today:
            closed_on = today
        if replied and (replied > today or (closed_on and replied > closed_on)):
            replied = closed_on or today
        next_due = None if closed else min([d for d in [None if replied else reply_by, resolve_by] if d], default=None)
        reference = "BE-" + "".join(ALPHABET[(index // 31 ** k + k * 7) % 31] for k in range(6))
        if index % 20000 == 0:
            terms["references"].append(reference)
        iso = lambda d: d.isoformat() if d else None
        yield [str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper(), organisation, reference, service, type_code,
               "Benchmark case", "", channel, rng.choice(resident_ids) if rng.random() < 0.9 else None, stamp(received), day.isoformat(),
               status, not closed, "normal", division, iso(reply_by), iso(resolve_by), iso(replied), iso(closed_on),
               iso(day) if status == "waiting-for-customer" else None, iso(next_due), stamp(received), stamp(received)]


def load(table, columns, rows):
    if kind == "sqlite":
        import sqlite3
        connection = sqlite3.connect(target)
        batch = []
        for row in rows:
            batch.append(row)
            if len(batch) == 50_000:
                connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", batch)
                connection.commit()
                batch = []
        connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", batch)
        connection.commit()
        connection.execute("ANALYZE")
        connection.close()
        return
    # \N for NULL, so that an empty string stays an empty string.
    copy = subprocess.Popen(["psql", target, "-q", "-c", f"\\copy {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv, NULL '\\N')"],
                            stdin=subprocess.PIPE, text=True)
    writer = csv.writer(copy.stdin)
    for row in rows:
        writer.writerow(["\\N" if value is None else ("t" if value is True else "f" if value is False else value) for value in row])
    copy.stdin.close()
    if copy.wait() != 0:
        sys.exit(f"loading {table} failed")
    subprocess.run(["psql", target, "-q", "-c", f"ANALYZE {table}"], check=True)


def execute(sql):
    if kind == "sqlite":
        import sqlite3
        with sqlite3.connect(target) as connection:
            connection.execute(sql)
        return
    subprocess.run(["psql", target, "-q", "-c", sql], check=True)


load("residents", RESIDENT_COLUMNS, residents())
load("cases", CASE_COLUMNS, cases())
# The compliance tallies Guildhall keeps as cases change, made at once for the loaded cases.
settled = " UNION ALL ".join(f"""
    SELECT organisation_id, {done}, '{standard}', division_id, service_id,
      SUM(CASE WHEN {done} <= {due} THEN 1 ELSE 0 END), SUM(CASE WHEN {done} > {due} THEN 1 ELSE 0 END)
    FROM cases WHERE {due} IS NOT NULL AND {done} IS NOT NULL GROUP BY organisation_id, {done}, division_id, service_id"""
    for standard, due, done in [("reply", "reply_by", "replied_on"), ("resolve", "resolve_by", "closed_on")])
execute("INSERT INTO compliance_tallies (organisation_id, day, standard, division_id, service_id, met, breached) " + settled)
execute("""INSERT INTO compliance_months (organisation_id, month, standard, division_id, service_id, met, breached)
    SELECT organisation_id, SUBSTR(day, 1, 7), standard, division_id, service_id, SUM(met), SUM(breached) FROM compliance_tallies
    GROUP BY organisation_id, SUBSTR(day, 1, 7), standard, division_id, service_id""")
divisions = [row[0] for row in query(f"SELECT id FROM divisions WHERE organisation_id = '{organisation}' ORDER BY name")]
json.dump({"terms": terms, "divisions": divisions}, sys.stdout)
