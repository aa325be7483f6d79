"""The binary as an operator runs it: from a directory that holds nothing of Guildhall's, from a
service manager or a cron job, with commands that print their answer and nothing else."""

import re
import subprocess
import urllib.request

from support import guildhall_binary, running_guildhall


def run(workdir, *arguments, stdin="", **environment):
    env = {"PATH": "/usr/bin:/bin", "GUILDHALL_SQLITE_PATH": str(workdir / "guildhall.sqlite"), **environment}
    return subprocess.run([str(guildhall_binary()), *arguments], cwd=workdir, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers, response.read().decode()


def test_commands_work_from_an_empty_directory_and_print_only_their_answer(tmp_path):
    added = run(tmp_path, "org", "add", "--slug", "fenland", "--name", "Fenland District Council", "--tier", "district")
    assert added.returncode == 0, added.stderr
    assert added.stdout == "Added Fenland District Council (fenland, district)\n"
    assert added.stderr == "", "a first command on a new database logs nothing at info level"

    figure = run(tmp_path, "bvpi157", "--org", "fenland", "--on", "2003-09-30")
    assert figure.returncode == 0, figure.stderr
    assert "BVPI 157" in figure.stdout
    assert figure.stderr == ""

    unknown = run(tmp_path, "bvpi157", "--org", "nowhere")
    assert unknown.returncode != 0
    assert unknown.stderr.strip().splitlines() == ["guildhall: --org: no organisation has the short name nowhere"]

    # Asked for, the detail is there.
    verbose = run(tmp_path, "bvpi157", "--org", "fenland", LOG_LEVEL="debug")
    assert verbose.returncode == 0
    assert verbose.stderr != ""


def test_migrate_says_what_it_applied_and_then_that_there_is_nothing_to_do(tmp_path):
    first = run(tmp_path, "migrate")
    assert first.returncode == 0, first.stderr
    assert re.fullmatch(r"Applied \d+ migrations; the database is up to date\.\n", first.stdout), first.stdout
    again = run(tmp_path, "migrate")
    assert again.stdout == "The database is up to date.\n"
    assert first.stderr == again.stderr == ""


def test_serve_from_an_empty_directory_gives_styled_pages_and_one_line_per_migration(tmp_path):
    with running_guildhall(tmp_path) as (url, log_path):
        status, _, home = fetch(url + "/")
        assert status == 200
        stylesheet = re.search(r'href="(/assets/guildhall-[0-9a-f]{12}\.css)"', home).group(1)
        status, headers, css = fetch(url + stylesheet)
        assert status == 200
        assert headers["Content-Type"].startswith("text/css")
        max_age = int(re.search(r"max-age=(\d+)", headers["Cache-Control"]).group(1))
        assert max_age >= 24 * 60 * 60
        assert ".header" in css
    log = log_path.read_text()
    applied = [line for line in log.splitlines() if "Applied migration" in line]
    assert len(applied) == len(set(applied)) >= 20, log
    assert "[Migrator]" not in log


def test_a_council_replaces_the_stylesheet_with_its_own(tmp_path):
    replacements = tmp_path / "public"
    replacements.mkdir()
    (replacements / "guildhall.css").write_text("body { color: #0b0c0c; } /* Fenland's own */\n")
    with running_guildhall(tmp_path, GUILDHALL_PUBLIC_DIR=str(replacements)) as (url, _):
        _, _, home = fetch(url + "/")
        stylesheet = re.search(r'href="(/assets/guildhall-[0-9a-f]{12}\.css)"', home).group(1)
        assert "Fenland's own" in fetch(url + stylesheet)[2]
        # What the council leaves out is the shipped file.
        print_sheet = re.search(r'href="(/assets/print-[0-9a-f]{12}\.css)"', home).group(1)
        assert "Printed pages" in fetch(url + print_sheet)[2]


def test_serve_refuses_to_start_with_a_replacement_folder_that_is_not_there(tmp_path):
    result = run(tmp_path, "serve", "--port", "1", GUILDHALL_PUBLIC_DIR=str(tmp_path / "missing"), GUILDHALL_DEMO="false")
    assert result.returncode != 0
    assert "GUILDHALL_PUBLIC_DIR" in result.stderr
