#!/usr/bin/env python3
"""Nothing acknowledged is lost: posts requests through Open311 from several clients at once,
kills the server with kill -9 in the middle, starts it again and checks that every request that
was answered with a 2xx and a reference is there. Standard library only.

  python3 Benchmarks/kill-nine.py --bin .build/debug/guildhall --rounds 3

Each round kills the server at a random moment while requests are in flight. Requests cut off
by the kill were never acknowledged and may or may not have been taken; only acknowledged ones
must survive. Exits non-zero, naming the lost references, if any is missing.
"""

import argparse
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, binary, folder, port):
        self.binary, self.folder, self.port = binary, folder, port
        self.env = dict(os.environ, GUILDHALL_SQLITE_PATH=os.path.join(folder, "guildhall.sqlite"), LOG_LEVEL="warning")
        self.process = None

    def start(self, timeout=180):
        log = open(os.path.join(self.folder, "server.log"), "a")
        self.process = subprocess.Popen([self.binary, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
                                        cwd=self.folder, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.url("/healthz"), timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise SystemExit("the server did not start; see " + os.path.join(self.folder, "server.log"))

    def kill(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def command(self, *arguments):
        return subprocess.run([self.binary, *arguments], cwd=self.folder, env=self.env, capture_output=True, text=True, check=True).stdout


def post_requests(server, key, acknowledged, stop, lock):
    body = {
        "jurisdiction_id": "wyvern-vale", "api_key": key, "service_code": "report-a-pothole",
        "attribute[depth]": "deep", "attribute[where]": "carriageway", "first_name": "Soak", "last_name": "Test",
        "lat": "52.586214", "long": "-2.129821", "description": "title: Soak test\r\n\r\ndetail: Posted under load",
    }
    data = urllib.parse.urlencode(body).encode()
    while not stop.is_set():
        try:
            request = urllib.request.Request(server.url("/open311/v2/requests.json"), data=data,
                                             headers={"Content-Type": "application/x-www-form-urlencoded"})
            with urllib.request.urlopen(request, timeout=10) as answer:
                if 200 <= answer.status < 300:
                    reference = json.loads(answer.read())[0]["service_request_id"]
                    with lock:
                        acknowledged.append(reference)
        except (OSError, ValueError, KeyError, IndexError):
            time.sleep(0.05)  # the server is down, or the answer was cut off: not acknowledged


def missing(server, references):
    lost = []
    for start in range(0, len(references), 50):
        batch = references[start:start + 50]
        query = urllib.parse.urlencode({"jurisdiction_id": "wyvern-vale", "service_request_id": ",".join(batch)})
        with urllib.request.urlopen(server.url(f"/open311/v2/requests.json?{query}"), timeout=30) as answer:
            found = {request["service_request_id"] for request in json.loads(answer.read())}
        lost += [reference for reference in batch if reference not in found]
    return lost


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=".build/debug/guildhall")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--clients", type=int, default=8)
    arguments = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="guildhall-kill-nine-")
    server = Server(os.path.realpath(arguments.bin), folder, free_port())
    server.start()  # seeds the demo council
    key = server.command("open311", "key", "add", "--org", "wyvern-vale", "--name", "Soak test").strip()
    acknowledged, lock, total = [], threading.Lock(), 0
    for round_number in range(1, arguments.rounds + 1):
        stop = threading.Event()
        clients = [threading.Thread(target=post_requests, args=(server, key, acknowledged, stop, lock)) for _ in range(arguments.clients)]
        for client in clients:
            client.start()
        time.sleep(random.uniform(0.5, 2.0))
        server.kill()
        stop.set()
        for client in clients:
            client.join()
        server.start()
        with lock:
            references, acknowledged[:] = list(acknowledged), []
        total += len(references)
        lost = missing(server, references)
        print(f"round {round_number}: {len(references)} acknowledged before kill -9, {len(lost)} lost", flush=True)
        if lost:
            server.kill()
            raise SystemExit(f"lost acknowledged requests: {', '.join(lost)}")
    server.kill()
    print(f"{arguments.rounds} rounds, {total} acknowledged requests, none lost")
    if total == 0:
        raise SystemExit("no request was acknowledged, so nothing was tested")


if __name__ == "__main__":
    main()
