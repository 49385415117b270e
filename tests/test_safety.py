"""Issue 7: nothing lost (atomic writes under SIGKILL/SIGTERM), nothing leaked (no socket, offline
model libraries, no transcript text in logs above DEBUG)."""
from __future__ import annotations

import json
import logging
import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import docx
import pytest

from bad_corpus import FR
from confsynth.cli import main
from confsynth.files import atomic_path, remove_stale_parts, write_text_atomic

ROOT = Path(__file__).resolve().parents[1]


def _child(code: str, *args: str) -> subprocess.Popen:
    """Start ``code`` in a fresh interpreter with confsynth importable; stdout is a pipe we read lines from."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def _wait_for(proc: subprocess.Popen, word: str) -> None:
    line = proc.stdout.readline()
    assert line.strip() == word, f"child said {line!r}; stderr: {proc.stderr.read()[-2000:]}"


SLOW_JSON_WRITER = """
    import sys, time
    from pathlib import Path
    from confsynth.files import atomic_path
    with atomic_path(Path(sys.argv[1])) as tmp:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write('{"takeaways": [' + '"x", ' * 200000)
            fh.flush()
            print("writing", flush=True)
            while True:        # a big report still being written when the process is killed
                fh.write('"x", ' * 10000)
                fh.flush()
                time.sleep(0.01)
"""

SLOW_DOCX_WRITER = """
    import io, sys, time
    from pathlib import Path
    import docx.document
    from confsynth.records import Synthesis
    from confsynth.render import write_docx
    original = docx.document.Document.save
    def half_save(self, path):
        buf = io.BytesIO()
        original(self, buf)
        with open(path, "wb") as fh:
            fh.write(buf.getvalue()[: len(buf.getvalue()) // 2])
            fh.flush()
        print("half", flush=True)
        time.sleep(60)
    docx.document.Document.save = half_save
    if sys.argv[2] == "sigterm":
        from confsynth.cli import _stop_cleanly_on_sigterm
        _stop_cleanly_on_sigterm()
    write_docx(Synthesis("New report", ("a.txt",), "fr", (), (), {}), "fr", Path(sys.argv[1]))
"""


def _good_docx(path: Path, title: str) -> bytes:
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    d.save(str(path))
    return path.read_bytes()


def test_sigkill_during_a_json_write_keeps_the_earlier_report_whole(tmp_path):
    target = tmp_path / "talk.synthesis.json"
    write_text_atomic(target, json.dumps({"takeaways": ["earlier, good"]}))
    good = target.read_bytes()
    proc = _child(SLOW_JSON_WRITER, str(target))
    try:
        _wait_for(proc, "writing")
        parts = list(tmp_path.glob(".talk.synthesis.json.*.part"))
        assert len(parts) == 1 and parts[0].stat().st_size > 1_000_000   # the new report is half-written...
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        proc.kill()
        proc.communicate()
    assert target.read_bytes() == good                                   # ...and the good one is untouched
    assert json.loads(target.read_text(encoding="utf-8")) == {"takeaways": ["earlier, good"]}
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == ["talk.synthesis.json"]
    # the next run removes what the killed writer could not
    assert remove_stale_parts(tmp_path) == parts
    assert sorted(p.name for p in tmp_path.iterdir()) == ["talk.synthesis.json"]


@pytest.mark.parametrize("how", ["sigkill", "sigterm"])
def test_a_killed_docx_write_never_leaves_a_half_written_word_file(tmp_path, how):
    target = tmp_path / "talk.fr.docx"
    good = _good_docx(target, "Earlier report")
    proc = _child(SLOW_DOCX_WRITER, str(target), how)
    try:
        _wait_for(proc, "half")
        proc.send_signal(signal.SIGKILL if how == "sigkill" else signal.SIGTERM)
        proc.wait(timeout=30)
    finally:
        proc.kill()
        proc.communicate()
    assert target.read_bytes() == good
    assert docx.Document(str(target)).paragraphs[0].text == "Earlier report"
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    if how == "sigterm":
        assert leftovers == []          # SIGTERM unwinds like Ctrl-C: the temporary file is removed at once
    else:
        assert len(leftovers) == 1      # SIGKILL cannot be caught: the next run removes it
        remove_stale_parts(tmp_path)
        assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())


def test_a_live_writers_temporary_file_is_not_removed(tmp_path):
    with atomic_path(tmp_path / "r.synthesis.json") as tmp:
        tmp.write_text("{}", encoding="utf-8")
        assert remove_stale_parts(tmp_path) == []   # it is this process's: still being written
        assert tmp.exists()
    assert (tmp_path / "r.synthesis.json").read_text(encoding="utf-8") == "{}"
    # leftovers of a finished process (a PID that cannot be running) are removed; other dot-files are not
    dead = tmp_path / ".r.synthesis.json.999999999.abcd1234.part"
    dead.write_text("half")
    other = tmp_path / ".notes.part"
    other.write_text("mine")
    assert remove_stale_parts(tmp_path) == [dead] and other.exists()


def test_an_exception_while_writing_leaves_the_earlier_report(tmp_path):
    target = tmp_path / "r.synthesis.json"
    write_text_atomic(target, "good")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "good" and len(list(tmp_path.iterdir())) == 1


SOCKET_GUARD = """
    import ipaddress, json, os, socket, sys
    opened = []
    def _loopback(address):
        try:
            return ipaddress.ip_address(address[0]).is_loopback
        except (TypeError, ValueError, IndexError):
            return False
    def guard(event, args):
        # A connection, a datagram or a name lookup is how a confidential transcript could leave the machine.
        # Creating a socket is not: urllib3 (imported by spaCy through requests) probes IPv6 support by
        # binding a loopback socket at import; a bind counts only if it is not on loopback (a server).
        if not event.startswith(("socket.", "urllib.")):
            return  # every other audit event (imports, opens...) passes untouched and uninspected
        family = args[0].family if args and isinstance(args[0], socket.socket) else None
        if event in ("socket.connect", "socket.sendto", "socket.sendmsg") and family != socket.AF_UNIX:
            opened.append(f"{event} {args[1:]!r}")
        elif event == "socket.bind" and family != socket.AF_UNIX and not _loopback(args[1]):
            opened.append(f"{event} {args[1:]!r}")
        elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                       "socket.gethostbyaddr", "urllib.Request"):
            opened.append(f"{event} {args!r}")
        else:
            return
        raise PermissionError("network access during a confsynth run")
    sys.addaudithook(guard)
    import confsynth.pipeline
    from confsynth.cli import main
    offline = {}
    load_models = confsynth.pipeline.load_models
    def watched_load_models(*args, **kwargs):  # the model libraries load under the offline switches
        offline.update({k: os.environ.get(k) for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")})
        return load_models(*args, **kwargs)
    confsynth.pipeline.load_models = watched_load_models
    code = main(["run", sys.argv[1], "-o", sys.argv[2], "--takeaways", "2", "--quiet"])
    print(json.dumps({"code": code, "opened": opened, "offline": offline}))
"""


def test_a_full_cli_run_opens_no_network_socket(tmp_path):
    (tmp_path / "atelier.txt").write_text(FR, encoding="utf-8")
    proc = _child(SOCKET_GUARD, str(tmp_path / "atelier.txt"), str(tmp_path / "out"))
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-3000:]
    result = json.loads(out.strip().splitlines()[-1])
    assert result["opened"] == [], result["opened"]
    assert result["code"] == 0, err[-3000:]
    assert result["offline"] == {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    assert (tmp_path / "out" / "atelier.synthesis.json").is_file()


def test_the_socket_guard_catches_a_connection(tmp_path):
    """The guard above is not vacuous: a connection attempt in the child is seen and stopped."""
    code = SOCKET_GUARD.replace('    from confsynth.cli import main\n',
                                '    from confsynth.cli import main\n'
                                '    try:\n'
                                '        socket.socket().connect(("127.0.0.1", 9))\n'
                                '    except OSError:\n'
                                '        pass\n'
                                '    try:\n'
                                '        socket.getaddrinfo("example.org", 443)\n'
                                '    except OSError:\n'
                                '        pass\n'
                                '    main = lambda argv: 0\n')
    proc = _child(code, "x", "y")
    out, err = proc.communicate(timeout=120)
    opened = json.loads(out.strip().splitlines()[-1])["opened"]
    assert [o.split()[0] for o in opened] == ["socket.connect", "socket.getaddrinfo"], (opened, err)


def _shingles(text: str, n: int = 5) -> set[str]:
    words = re.findall(r"\w[\w'’]*", text)
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_no_transcript_text_in_logs_above_debug(tmp_path, caplog):
    (tmp_path / "atelier.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"segments": [{"text": "Secret words of the broken file"}', encoding="utf-8")
    caplog.set_level(logging.INFO)
    code = main(["run", str(tmp_path), "-o", str(tmp_path / "out"), "--takeaways", "2", "--quiet", "-v"])
    assert code == 1
    assert (tmp_path / "out" / "atelier.synthesis.json").is_file()
    spoken = _shingles(FR.split("\n", 2)[2]) | _shingles("Secret words of the broken file")
    logged = [r for r in caplog.records if r.levelno > logging.DEBUG]
    assert logged, "the run logs at INFO (-v): the check below must see something"
    for record in logged:
        message = " ".join(re.findall(r"\w[\w'’]*", record.getMessage()))
        leaked = [s for s in spoken if s in message]
        assert not leaked, f"{record.name} logged transcript text at {record.levelname}: {leaked[:2]}"
