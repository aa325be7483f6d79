#!/usr/bin/env python3
"""Two application nodes on one PostgreSQL database: twenty cases created across both tell each
resident exactly once, through a stand-in for GOV.UK Notify that checks every token as Notify
does; and a session started on one node is honoured by the other, CSRF token and all. Standard
library only.

  python3 Tests/nodes/two-nodes.py --bin .build/debug/guildhall --database-url postgres://…

The database must be empty: the first node migrates it and seeds the demo council.
"""

import argparse
import base64
import hashlib
import hmac
import http.cookiejar
import http.server
import json
import os
import re
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506"
SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0"
API_KEY = f"two-nodes-{SERVICE_ID}-{SECRET}"
TEMPLATE = "00000000-0000-4000-8000-000000000001"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def unpadded(part):
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def token_problem(token):
    """What Notify would refuse in the token, or None."""
    try:
        header, claims, signature = token.split(".")
        if json.loads(unpadded(header)).get("alg") != "HS256":
            return "not HS256"
        expected = hmac.new(SECRET.encode(), f"{header}.{claims}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, unpadded(signature)):
            return "signature does not match"
        payload = json.loads(unpadded(claims))
        if payload.get("iss") != SERVICE_ID:
            return "iss is not the service id"
        if abs(time.time() - float(payload.get("iat", 0))) > 30:
            return "iat is not within 30 seconds"
    except ValueError:
        return "not a JWT"
    return None


class FakeNotify(http.server.ThreadingHTTPServer):
    def __init__(self):
        self.accepted, self.refused, self.lock = [], [], threading.Lock()
        super().__init__(("127.0.0.1", free_port()), NotifyHandler)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


class NotifyHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        problem = token_problem(self.headers.get("Authorization", "").removeprefix("Bearer "))
        with self.server.lock:
            if problem or self.path != "/v2/notifications/email":
                self.server.refused.append(problem or self.path)
                self.answer(403, {"status_code": 403, "errors": [{"error": "AuthError", "message": f"Invalid token: {problem}"}]})
                return
            self.server.accepted.append(dict(body, received_at=time.time()))
        self.answer(201, {"id": str(uuid.uuid4()), "reference": body.get("reference")})

    def answer(self, status, document):
        data = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *arguments):
        pass


class Node:
    def __init__(self, binary, folder, name, database_url):
        self.binary, self.folder, self.name, self.port = binary, folder, name, free_port()
        self.env = dict(os.environ, DATABASE_URL=database_url, GUILDHALL_DEMO_PASSWORD="two nodes, one database", LOG_LEVEL="warning")
        self.process = None

    def start(self, timeout=180):
        log = open(os.path.join(self.folder, f"{self.name}.log"), "a")
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
        raise SystemExit(f"node {self.name} did not start; see {self.folder}/{self.name}.log")

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def command(self, *arguments):
        return subprocess.run([self.binary, *arguments], cwd=self.folder, env=self.env, capture_output=True, text=True, check=True).stdout


def report(node, key, number):
    body = urllib.parse.urlencode({
        "jurisdiction_id": "wyvern-vale", "api_key": key, "service_code": "report-a-pothole",
        "attribute[depth]": "deep", "attribute[where]": "carriageway", "first_name": "Resident", "last_name": str(number),
        "email": f"resident{number}@example.org", "lat": "52.586214", "long": "-2.129821",
        "description": f"title: Pothole {number}\r\n\r\ndetail: Reported to node {node.name}",
    }).encode()
    request = urllib.request.Request(node.url("/open311/v2/requests.json"), data=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read())[0]["service_request_id"]


def csrf_token(html):
    match = re.search(r'name="_csrf" value="([^"]+)"', html)
    if not match:
        raise SystemExit("no CSRF token on the page")
    return match.group(1)


def sessions_cross_nodes(first, second):
    """Signs in on the first node, then uses the session and a CSRF token from the first node's page on the second."""
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirects())
    with browser.open(first.url("/staff/sign-in")) as page:
        token = csrf_token(page.read().decode())
    form = urllib.parse.urlencode({"_csrf": token, "email": "admin@wyvernvale.example", "password": "two nodes, one database"}).encode()
    signed_in = browser.open(first.url("/staff/sign-in"), data=form)
    if signed_in.status != 303:
        raise SystemExit(f"signing in on node {first.name} answered {signed_in.status}")
    # Cookies are kept per host, and both nodes are 127.0.0.1: the same session cookie goes to both.
    with browser.open(second.url("/staff/admin/outbox")) as page:
        html = page.read().decode()
        if page.status != 200 or "Outbox" not in html:
            raise SystemExit(f"node {second.name} did not honour the session from node {first.name}: {page.status}")
    with browser.open(first.url("/staff")) as page:
        token = csrf_token(page.read().decode())
    signed_out = browser.open(second.url("/staff/sign-out"), data=urllib.parse.urlencode({"_csrf": token}).encode())
    if signed_out.status != 303:
        raise SystemExit(f"node {second.name} refused a CSRF token from node {first.name}: {signed_out.status}")
    print(f"a session and a CSRF token from node {first.name} were honoured by node {second.name}")


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *arguments):
        return None

    def http_error_303(self, request, response, code, message, headers):
        return response

    http_error_302 = http_error_303


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=".build/debug/guildhall")
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--cases", type=int, default=20)
    arguments = parser.parse_args()

    notify = FakeNotify()
    threading.Thread(target=notify.serve_forever, daemon=True).start()
    folder = tempfile.mkdtemp(prefix="guildhall-two-nodes-")
    binary = os.path.realpath(arguments.bin)
    first, second = Node(binary, folder, "A", arguments.database_url), Node(binary, folder, "B", arguments.database_url)
    try:
        first.start()  # migrates and seeds the demo council
        second.start()
        first.command("notify", "configure", "--org", "wyvern-vale", "--api-key", API_KEY, "--base-url", notify.url,
                      "--template", f"case-received={TEMPLATE}")
        key = first.command("open311", "key", "add", "--org", "wyvern-vale", "--name", "Two nodes").strip()
        references, answered = {}, {}
        for number in range(1, arguments.cases + 1):
            node = first if number % 2 else second
            reference = report(node, key, number)
            references[f"resident{number}@example.org"], answered[reference] = reference, time.time()
        deadline = time.time() + 60
        while time.time() < deadline and len(notify.accepted) < arguments.cases:
            time.sleep(0.2)
        time.sleep(5)  # long enough for a second sending of any message to arrive
        with notify.lock:
            accepted, refused = list(notify.accepted), list(notify.refused)
        if refused:
            raise SystemExit(f"Notify refused {len(refused)} requests: {refused[:3]}")
        told = {}
        for message in accepted:
            told.setdefault(message["email_address"], []).append(message)
        problems = [f"{email} was told {len(told.get(email, []))} times" for email in references if len(told.get(email, [])) != 1]
        problems += [f"{message['email_address']}: {message['reference']} is not their case" for message in accepted
                     if references.get(message["email_address"]) != message["reference"] or message["template_id"] != TEMPLATE]
        if problems or len(accepted) != arguments.cases:
            raise SystemExit("; ".join(problems) or f"{len(accepted)} messages for {arguments.cases} cases")
        print(f"{arguments.cases} cases created across two nodes told each resident exactly once")
        waits = sorted(message["received_at"] - answered[message["reference"]] for message in accepted)
        print(f"from the case's reference to Notify: median {waits[len(waits) // 2]:.2f} s, longest {waits[-1]:.2f} s")
        sessions_cross_nodes(first, second)
        sessions_cross_nodes(second, first)
    finally:
        first.stop()
        second.stop()
        notify.shutdown()


if __name__ == "__main__":
    main()
