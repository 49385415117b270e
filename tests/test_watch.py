"""confsynth watch: files appearing and changing while it runs, a bad file, Ctrl-C."""
from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from confsynth.config import Config
from confsynth.manifest import MANIFEST_NAME, file_hash
from confsynth.watch import watch

from test_manifest import ADDED, ATELIER, TABLE_RONDE

SETTLE = 1.0     # generous against a loaded machine: the test writes the halves of a file 0.05 s apart


def _wait_for(condition, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting for the watcher")
        time.sleep(0.05)


def _input_hash(out: Path, stem: str) -> str | None:
    try:
        data = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    entry = data["events"].get(stem)
    return entry["inputs"][0][1] if entry else None


def test_watch_follows_files_as_they_arrive_and_change(tmp_path, fake_models):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    (inbox / "table-ronde.txt").write_text(TABLE_RONDE, encoding="utf-8")   # there before the watcher starts
    old = time.time() - 3600
    os.utime(inbox / "table-ronde.txt", (old, old))
    stop = threading.Event()
    rounds: list[list] = []
    seen_hashes: list[str | None] = []
    arriving: list[Path] = []

    def on_results(results):
        rounds.append(results)
        seen_hashes.append(_input_hash(out, "atelier"))

    thread = threading.Thread(target=watch, args=(inbox, out, Config(takeaways=2)), kwargs=dict(
        models=fake_models, poll=0.05, settle=SETTLE, stop=stop, on_results=on_results, on_waiting=arriving.extend))
    thread.start()
    try:
        _wait_for(lambda: (out / "table-ronde.fr.docx").exists())

        # a file copied in two pieces: never read half-written
        half = len(ATELIER) // 2
        with open(inbox / "atelier.txt", "w", encoding="utf-8") as fh:
            fh.write(ATELIER[:half])
            fh.flush()
            time.sleep(0.05)
            fh.write(ATELIER[half:])
        # the round's results come after its manifest is saved: wait for them, not for the manifest
        _wait_for(lambda: any(h is not None for h in seen_hashes))
        assert inbox / "atelier.txt" in arriving
        assert set(seen_hashes) - {None} == {file_hash(inbox / "atelier.txt")}
        docx_time = (out / "atelier.fr.docx").stat().st_mtime_ns

        # a bad file does not stop the watcher, and is reported once
        (inbox / "broken.docx").write_bytes(b"this is not a word file")
        _wait_for(lambda: any(r.error for rs in rounds for r in rs))

        # the transcript changes: its reports follow, the other event is left alone
        table_time = (out / "table-ronde.fr.docx").stat().st_mtime_ns
        with open(inbox / "atelier.txt", "a", encoding="utf-8") as fh:
            fh.write(ADDED)
        new_hash = file_hash(inbox / "atelier.txt")
        _wait_for(lambda: _input_hash(out, "atelier") == new_hash)
        assert (out / "atelier.fr.docx").stat().st_mtime_ns > docx_time
        assert (out / "table-ronde.fr.docx").stat().st_mtime_ns == table_time

        # a good file after the bad one is still processed
        (inbox / "suite.txt").write_text(TABLE_RONDE.replace("Table ronde", "Suite"), encoding="utf-8")
        _wait_for(lambda: (out / "suite.en.docx").exists())
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    errors = [r for rs in rounds for r in rs if r.error]
    assert len(errors) == 1 and errors[0].inputs == [inbox / "broken.docx"] and "zip" in errors[0].error
    processed = [r.inputs[0].name for rs in rounds for r in rs if r.synthesis is not None]
    assert processed.count("atelier.txt") == 2 and processed.count("table-ronde.txt") == 1


def test_watch_says_once_why_a_pdf_in_the_inbox_is_not_read(tmp_path, fake_models, caplog):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    (inbox / "slides.pdf").write_bytes(b"%PDF-1.7 ...")
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=(inbox, out, Config(takeaways=2)),
                              kwargs=dict(models=fake_models, poll=0.02, settle=SETTLE, stop=stop))
    with caplog.at_level("WARNING", logger="confsynth.watch"):
        thread.start()
        time.sleep(0.3)   # a dozen polls
        stop.set()
        thread.join(timeout=30)
    told = [r.getMessage() for r in caplog.records if "slides.pdf" in r.getMessage()]
    assert len(told) == 1 and "PDF document is not read; save it as .docx or .txt" in told[0]


def test_watch_stops_cleanly_on_ctrl_c(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    # Ctrl-C as a terminal delivers it: a suite started in the background ("pytest &" from a script) hands its
    # children SIGINT ignored, and Python then keeps it ignored, as a command started with "&" should; that, not
    # the machine's load, is what failed this test before
    proc = subprocess.Popen([sys.executable, "-m", "confsynth", "watch", str(inbox), "-o", str(tmp_path / "out"),
                             "--poll", "0.1"], stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        ready, _, _ = select.select([proc.stderr], [], [], 60)
        assert ready, "watch printed nothing"
        assert "Watching" in proc.stderr.readline()
        time.sleep(0.3)                 # inside the polling loop now
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:   # say where it was
            proc.kill()
            _, err = proc.communicate()
            pytest.fail(f"watch did not stop within 30 s of Ctrl-C; its stderr: {err[-2000:]}")
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, f"exit status {proc.returncode}; its stderr: {err[-2000:]}"
    assert "Stopped watching" in err and "Traceback" not in err


def test_watch_refuses_a_missing_folder(tmp_path, capsys):
    from confsynth.cli import main

    assert main(["watch", str(tmp_path / "nope"), "-o", str(tmp_path / "out")]) == 2
    assert "not a folder" in capsys.readouterr().err
