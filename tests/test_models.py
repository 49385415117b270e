"""``confsynth models``: list, path, convert, and fetch against a local server standing in for the hub."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from confsynth.cli import build_parser, main
from confsynth.config import Config
from confsynth.translate import find_translator
from confsynth.translators import find_models

SHA = "0123456789abcdef0123456789abcdef01234567"
REPO = "Helsinki-NLP/opus-mt-fr-en"


class FakeHub:
    """The two hub routes ``fetch`` uses, on 127.0.0.1: file listing, and files with HTTP Range."""

    def __init__(self, folder: Path):
        self.files = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
        self.files["tf_model.h5"] = b"TensorFlow weights confsynth must not download"
        self.requests: list[tuple[str, str | None]] = []
        self.interrupt: set[str] = set()   # files whose next download stops half way
        self.corrupt: set[str] = set()
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                hub.requests.append((self.path, self.headers.get("Range")))
                if self.path == f"/api/models/{REPO}/revision/main?blobs=true":
                    siblings = []
                    for name, data in hub.files.items():
                        entry = {"rfilename": name, "size": len(data)}
                        if name.endswith((".safetensors", ".bin", ".h5")):
                            entry["lfs"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                        siblings.append(entry)
                    return self._send(200, json.dumps({"id": REPO, "sha": SHA, "siblings": siblings}).encode())
                prefix = f"/{REPO}/resolve/{SHA}/"
                if not self.path.startswith(prefix) or self.path[len(prefix):] not in hub.files:
                    return self._send(404, b"not found")
                name = self.path[len(prefix):]
                data = hub.files[name]
                if name in hub.corrupt:
                    data = b"X" * len(data)
                start = int(self.headers["Range"].split("=")[1].rstrip("-")) if self.headers.get("Range") else 0
                self.send_response(206 if start else 200)
                self.send_header("Content-Length", str(len(data) - start))
                if start:
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                self.end_headers()
                if name in hub.interrupt:
                    hub.interrupt.discard(name)
                    self.wfile.write(data[start:start + (len(data) - start) // 2])
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)   # the line drops
                    return
                self.wfile.write(data[start:])

            def _send(self, code, body):
                self.send_response(code)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hub(tiny_models):
    server = FakeHub(tiny_models / "opus-mt-fr-en")
    yield server
    server.close()


def test_every_models_subcommand_help_has_an_example():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    models = sub.choices["models"]
    msub = next(a for a in models._actions if a.dest == "models_command")
    assert set(msub.choices) == {"list", "path", "fetch", "convert"}
    for name, p in msub.choices.items():
        assert f"confsynth models {name}" in (p.epilog or ""), f"'models {name}' help has no example"


def test_fetch_resumes_an_interrupted_download_and_never_leaves_a_half_model(hub, tiny_models, tmp_path, capsys,
                                                                            monkeypatch):
    dest = tmp_path / "models"
    hub.interrupt = {"model.safetensors"}
    code = main(["models", "fetch", "opus-mt-fr-en", "--models-dir", str(dest), "--endpoint", hub.url])
    err = capsys.readouterr().err
    assert code == 2
    assert "download of opus-mt-fr-en interrupted" in err and "run the same command again to resume" in err
    assert not (dest / "opus-mt-fr-en").exists()
    assert find_models(dest) == []                     # the partial download is invisible to confsynth run

    # the hub address from the environment, as huggingface_hub reads it
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    assert main(["models", "fetch", "opus-mt-fr-en", "--models-dir", str(dest)]) == 0
    assert f"Installed opus-mt-fr-en in {dest / 'opus-mt-fr-en'}" in capsys.readouterr().out
    half = len(hub.files["model.safetensors"]) // 2
    assert (f"/{REPO}/resolve/{SHA}/model.safetensors", f"bytes={half}-") in hub.requests
    folder = dest / "opus-mt-fr-en"
    for name in ("config.json", "model.safetensors", "source.spm", "target.spm", "vocab.json"):
        assert (folder / name).read_bytes() == (tiny_models / "opus-mt-fr-en" / name).read_bytes()
    assert not (folder / "tf_model.h5").exists()
    assert json.loads((folder / "confsynth.json").read_text())["revision"] == SHA
    assert not any(p.name.startswith(".") for p in dest.iterdir())

    # what was fetched is what confsynth run uses
    translator, problem = find_translator(Config(models_dir=str(dest), translator="transformers"))
    assert problem is None and translator.translate(["Bonjour."], "fr", "en")[0]
    assert main(["models", "fetch", "opus-mt-fr-en", "--models-dir", str(dest)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_a_corrupted_download_is_thrown_away(hub, tmp_path, capsys):
    hub.corrupt = {"model.safetensors"}
    code = main(["models", "fetch", "fr-en", "--models-dir", str(tmp_path), "--endpoint", hub.url])
    assert code == 2 and "checksum does not match" in capsys.readouterr().err
    assert not (tmp_path / "opus-mt-fr-en").exists()
    assert not list(tmp_path.glob(".opus-mt-fr-en.partial/model.safetensors*"))


def test_offline_fetch_says_in_one_sentence_what_to_copy_where(tmp_path, capsys, monkeypatch):
    with socket.socket() as s:   # a port nobody listens on: the machine is "offline"
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dest = tmp_path / "models"
    code = main(["models", "fetch", "opus-mt-en-fr", "--models-dir", str(dest), "--endpoint", f"http://127.0.0.1:{port}"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and err.startswith("Error: cannot reach http://127.0.0.1:")
    assert "on a machine that is online run 'confsynth models fetch opus-mt-en-fr'" in err
    assert err.endswith(f"then copy the opus-mt-en-fr folder into {dest.resolve()}/")
    assert not dest.exists()

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert main(["models", "fetch", "opus-mt-en-fr", "--models-dir", str(dest)]) == 2
    assert "HF_HUB_OFFLINE is set" in capsys.readouterr().err


def test_fetch_of_an_unknown_model_says_so(hub, tmp_path, capsys):
    assert main(["models", "fetch", "opus-mt-xx-yy", "--models-dir", str(tmp_path), "--endpoint", hub.url]) == 2
    assert "no model 'Helsinki-NLP/opus-mt-xx-yy'" in capsys.readouterr().err


def _hf_cache(tiny_models: Path, cache: Path) -> Path:
    """The layout huggingface_hub leaves in ~/.cache/huggingface/hub: snapshot files are links to blobs."""
    repo = cache / "models--Helsinki-NLP--opus-mt-en-fr"
    snap = repo / "snapshots" / SHA
    snap.mkdir(parents=True)
    (repo / "blobs").mkdir()
    for f in (tiny_models / "opus-mt-en-fr").iterdir():
        blob = repo / "blobs" / hashlib.sha1(f.read_bytes()).hexdigest()
        shutil.copy(f, blob)
        (snap / f.name).symlink_to(os.path.relpath(blob, snap))
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(SHA)
    return snap


def test_list_and_path_show_every_place_and_what_is_usable(tiny_models, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    mine = tmp_path / "mine"
    shutil.copytree(tiny_models / "opus-mt-fr-en", mine / "opus-mt-fr-en")
    shutil.copytree(tiny_models / "opus-mt-fr-en", mine / "opus-mt-de-en")
    (mine / "opus-mt-de-en" / "vocab.json").unlink()
    shared = tmp_path / "shared"
    shared.mkdir()
    monkeypatch.setenv("CONFSYNTH_MODELS", str(shared))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf"))
    snap = _hf_cache(tiny_models, tmp_path / "hf")

    assert main(["models", "path", "--models-dir", str(mine)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split("[")[-1].split("]")[0] for ln in lines[1:5]] == [
        "--models-dir", "$CONFSYNTH_MODELS", "./models", "Hugging Face cache"]
    assert "(does not exist)" in lines[3] and lines[-1].endswith(str(mine.resolve()))

    assert main(["models", "list", "--models-dir", str(mine)]) == 0
    rows = [" ".join(ln.split()) for ln in capsys.readouterr().out.splitlines()]
    assert rows[0] == "model pair backend state size folder"
    assert rows[1].startswith("opus-mt-de-en de-en transformers not usable: incomplete: missing vocab.json")
    assert rows[2].startswith("opus-mt-fr-en fr-en transformers ready")
    assert rows[2].endswith(f"{mine / 'opus-mt-fr-en'} [--models-dir]")
    assert rows[3].startswith("opus-mt-en-fr en-fr transformers ready")
    assert rows[3].endswith(f"{snap} [Hugging Face cache]")
    entry = next(e for e in find_models(mine) if e.name == "opus-mt-en-fr")
    assert entry.path == snap and entry.size > 100_000    # links followed to the blobs

    # and the cached model is used by a run, offline
    translator, _ = find_translator(Config(models_dir=str(mine)))
    assert translator.translate(["Hello."], "en", "fr")[0]


def test_list_with_nothing_installed_says_what_to_do(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["models", "list"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith("No translation model installed:")
    assert "'confsynth models fetch opus-mt-fr-en'" in out


def test_convert_makes_the_ctranslate2_copy_that_run_then_prefers(tiny_models, tmp_path, capsys):
    pytest.importorskip("ctranslate2")
    models = tmp_path / "models"
    shutil.copytree(tiny_models / "opus-mt-en-fr", models / "opus-mt-en-fr")
    assert main(["models", "convert", "opus-mt-en-fr", "--models-dir", str(models)]) == 0
    copy = models / "opus-mt-en-fr-ct2"
    assert f"written to {copy}" in capsys.readouterr().out
    meta = json.loads((copy / "confsynth.json").read_text())
    assert (meta["source"], meta["target"], meta["max_tokens"], meta["quantization"]) == ("en", "fr", 64, "int8")
    assert {"model.bin", "source.spm", "target.spm"} <= {p.name for p in copy.iterdir()}
    assert sorted(p.name for p in models.iterdir()) == ["opus-mt-en-fr", "opus-mt-en-fr-ct2"]
    translator, _ = find_translator(Config(models_dir=str(models)))
    translator.translate(["Hello."], "en", "fr")
    assert translator.describe("en", "fr") == "opus-mt-en-fr (CTranslate2 int8)"

    assert main(["models", "convert", "opus-mt-en-fr", "--models-dir", str(models)]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err
    assert main(["models", "convert", "opus-mt-xx-yy", "--models-dir", str(models)]) == 2
    assert "no transformers model 'opus-mt-xx-yy' installed" in capsys.readouterr().err
