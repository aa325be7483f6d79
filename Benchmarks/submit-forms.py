#!/usr/bin/env python3
"""Residents sending an online form through the Hub, as fast as they can, from CLIENTS at once:
each goes through every page of the demo's missed-bin form (two questions, where, contact) with
its own session, then sends it. Prints journeys per second and the latency of the final POST,
the one that commits the case. Standard library only; the clients share the machine's cores
with the server, so the figures are a floor.

  python3 Benchmarks/submit-forms.py http://127.0.0.1:8125 CLIENTS SECONDS
"""

import http.client
import re
import sys
import threading
import time
import urllib.parse

base, clients, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
host = urllib.parse.urlsplit(base)
form = "/services/report-a-missed-bin/request"
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')


def journey(connection):
    cookie = ""

    def send(method, path, fields=None):
        nonlocal cookie
        body = urllib.parse.urlencode(fields) if fields is not None else None
        headers = {"Cookie": cookie} if cookie else {}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        answer = connection.getresponse()
        text = answer.read().decode()
        for header in answer.headers.get_all("Set-Cookie") or []:
            cookie = header.split(";", 1)[0]
        return answer.status, text

    status, page = send("GET", form + "/questions/bin")
    token = CSRF.search(page).group(1)
    for path, fields in ((form + "/questions/bin", {"attribute[bin]": "general"}),
                         (form + "/questions/out-by-7", {"attribute[out-by-7]": "yes"}),
                         (form + "/location", {"postcode": "WV1 2AB", "address": "12 Mill Lane"}),
                         (form + "/contact", {"name": "Bench Resident", "email": "", "phone": "", "updates": "no"})):
        status, _ = send("POST", path, dict(fields, _csrf=token))
        assert status == 303, (path, status)
    started = time.monotonic()
    status, _ = send("POST", form + "/check", {"_csrf": token, "website": ""})
    assert status == 303, ("send", status)
    return time.monotonic() - started


def client(results, stop):
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    while not stop.is_set():
        results.append(journey(connection))
    connection.close()


results, stop = [], threading.Event()
threads = [threading.Thread(target=client, args=(results, stop)) for _ in range(clients)]
started = time.monotonic()
for thread in threads:
    thread.start()
time.sleep(seconds)
stop.set()
for thread in threads:
    thread.join()
elapsed = time.monotonic() - started
latencies = sorted(results)
def percentile(p):
    return latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000
print(f"{clients} client(s): {len(results) / elapsed:.1f} forms sent/s ({len(results)} journeys of 6 requests); "
      f"the sending POST p50 {percentile(0.5):.1f} ms, p99 {percentile(0.99):.1f} ms")
