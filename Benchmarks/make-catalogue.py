#!/usr/bin/env python3
"""Writes a catalogue CSV of N services (default 2,000), each with all ten interaction types,
for the dashboard and BVPI 157 benchmarks. Deterministic: the same file every time."""
import csv
import random
import sys
from datetime import date, timedelta

services = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
rng = random.Random(157)
divisions = ["Customer Services", "Corporate Services", "Environmental Services", "Housing",
             "Leisure and Culture", "Planning and Building Control", "Revenues and Benefits", "Highways",
             "Education", "Social Care"]
start, today, target = date(2001, 4, 1), date(2003, 11, 4), date(2004, 3, 31)

writer = csv.writer(sys.stdout, lineterminator="\r\n")
writer.writerow(["lgsl", "service", "division", "interaction", "applicable", "channels",
                 "e_enabled_on", "target_on", "evidence_url", "standard_days"])
for number in range(1, services + 1):
    name = f"Service {number:05d}"
    division = divisions[number % len(divisions)]
    for code in range(1, 11):
        roll = rng.random()
        applicable, channels, enabled, due = "yes", "telephone", "", ""
        if roll < 0.55:
            enabled = (start + timedelta(days=rng.randrange((today - start).days))).isoformat()
            channels = "web;email" if rng.random() < 0.5 else "web;telephone"
        elif roll < 0.9:
            due = (today + timedelta(days=rng.randrange(-90, (target - today).days + 1))).isoformat()
            channels = "telephone;post"
        elif roll > 0.95:
            applicable, channels = "no", ""
        writer.writerow(["", name, division, code, applicable, channels, enabled, due,
                         f"https://www.example.gov.uk/{number}" if enabled else "", rng.choice(["", "5", "10", "20"])])
