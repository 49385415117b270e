"""Download a model folder from the Hugging Face hub, for ``confsynth models fetch`` only.

Nothing else in confsynth imports this module: a run never touches the network. The endpoint is
``$HF_ENDPOINT`` (or ``endpoint=``), so a mirror, or a local server in the tests, stands in for the hub.

Files go to ``DEST/.NAME.partial/`` and the folder is renamed to ``DEST/NAME`` only once every file is
complete (size and, when the hub gives it, SHA-256 checked): an interrupted download never leaves a
half model where confsynth looks. Run again, it resumes each file where it stopped (HTTP Range).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.client import HTTPException
from pathlib import Path
from typing import Callable

from .errors import ModelUnavailableError
from .translators.discovery import META_FILE, parse_pair

__all__ = ["HubError", "HubFile", "fetch_model", "repo_id_for", "endpoint", "DEFAULT_ENDPOINT", "WANTED_FILES"]

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://huggingface.co"
# What a Marian folder needs, and what documents it; TensorFlow, Flax and Rust weights are skipped.
WANTED_FILES = ("config.json", "generation_config.json", "source.spm", "target.spm", "vocab.json",
                "tokenizer_config.json", "special_tokens_map.json", "README.md", "LICENSE", "metadata.json")
WEIGHTS = ("model.safetensors", "pytorch_model.bin")
_CHUNK = 1 << 16
_TIMEOUT = 30

Progress = Callable[[str, int, int], None]   # (file name, bytes done in all, bytes in all)


class HubError(ModelUnavailableError):
    """The hub could not be reached, or a download did not complete."""


@dataclass(frozen=True)
class HubFile:
    """One file of a hub repository."""

    name: str
    size: int | None
    sha256: str | None


def endpoint(override: str | None = None) -> str:
    """The hub's base URL: the override, else $HF_ENDPOINT, else huggingface.co."""
    return (override or os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


def repo_id_for(name: str) -> str:
    """``opus-mt-fr-en`` -> ``Helsinki-NLP/opus-mt-fr-en``; ``fr-en`` too; ``org/name`` stays."""
    if "/" in name:
        return name
    if not name.startswith("opus-mt-"):
        name = f"opus-mt-{name}"
    return f"Helsinki-NLP/{name}"


def _offline_sentence(repo: str, dest: Path, base: str) -> str:
    local = repo.split("/")[-1]
    return (f"cannot reach {base}: on a machine that is online run 'confsynth models fetch {local}' "
            f"(or download the files of {DEFAULT_ENDPOINT}/{repo}), then copy the {local} folder into "
            f"{dest.resolve()}/")


def _open(url: str, headers: dict[str, str] | None = None):
    req = urllib.request.Request(url, headers={"User-Agent": "confsynth", **(headers or {})})
    token = os.environ.get("HF_TOKEN")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    return urllib.request.urlopen(req, timeout=_TIMEOUT)


def list_files(repo: str, revision: str = "main", base: str | None = None) -> tuple[str, list[HubFile]]:
    """The commit a revision points to and the repository's files (with sizes and hashes when given)."""
    base = endpoint(base)
    url = f"{base}/api/models/{repo}/revision/{urllib.parse.quote(revision, safe='')}?blobs=true"
    with _open(url) as resp:
        info = json.loads(resp.read().decode("utf-8"))
    files = []
    for s in info.get("siblings", []):
        lfs = s.get("lfs") or {}
        files.append(HubFile(s["rfilename"], s.get("size") or lfs.get("size"), lfs.get("sha256")))
    return info.get("sha") or revision, files


def _choose(files: list[HubFile]) -> list[HubFile]:
    by_name = {f.name: f for f in files}
    chosen = [by_name[n] for n in WANTED_FILES if n in by_name]
    weights = next((by_name[w] for w in WEIGHTS if w in by_name), None)
    if weights is None or not all(n in by_name for n in ("config.json", "source.spm", "target.spm", "vocab.json")):
        return []
    return chosen + [weights]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _download(url: str, target: Path, expected: HubFile, done_before: int, total: int,
              progress: Progress | None) -> int:
    """Fetch one file into ``target`` (resuming ``target.part``); return its size."""
    part = target.with_name(target.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    if expected.size is not None and have > expected.size:
        part.unlink()
        have = 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    try:
        resp = _open(url, headers)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and expected.size is not None and have == expected.size:
            resp = None   # the .part was already whole
        else:
            raise
    if resp is not None:
        with resp:
            if have and resp.status != 206:  # the server ignored Range: start over
                have = 0
            length = resp.headers.get("Content-Length")
            expect_now = have + int(length) if length is not None else expected.size
            with part.open("ab" if have else "wb") as out:
                got = have
                while True:
                    block = resp.read(_CHUNK)
                    if not block:
                        break
                    out.write(block)
                    got += len(block)
                    if progress:
                        progress(target.name, done_before + got, total)
            if expect_now is not None and got < expect_now:
                raise HubError(f"{target.name}: connection closed after {got} of {expect_now} bytes")
    size = part.stat().st_size
    if expected.size is not None and size != expected.size:
        raise HubError(f"{target.name}: {size} bytes received, the hub lists {expected.size}")
    if expected.sha256 and _sha256(part) != expected.sha256:
        part.unlink()
        raise HubError(f"{target.name}: checksum does not match the hub's; the file was removed, run again")
    part.rename(target)
    return size


def fetch_model(name: str, dest: Path, revision: str = "main", base: str | None = None,
                progress: Progress | None = None, force: bool = False) -> Path:
    """Download a Marian model from the hub into ``dest/NAME``; return that folder."""
    repo = repo_id_for(name)
    local = repo.split("/")[-1]
    dest = Path(dest)
    final = dest / local
    base = endpoint(base)
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on"):
        raise HubError("HF_HUB_OFFLINE is set, so nothing is downloaded: " + _offline_sentence(repo, dest, base))
    if final.exists() and not force:
        raise HubError(f"{final} already exists; delete it (or pass --force) to fetch it again")
    try:
        commit, files = list_files(repo, revision, base)
    except urllib.error.HTTPError as exc:
        if exc.code in (401, 404):
            raise HubError(f"no model '{repo}' at {base} (HTTP {exc.code}): check the name; OPUS-MT pairs are "
                           f"named opus-mt-SRC-TGT, e.g. opus-mt-fr-en") from None
        raise HubError(f"{base} answered HTTP {exc.code} for {repo}; try again later") from None
    except (urllib.error.URLError, socket.timeout, ConnectionError, HTTPException) as exc:
        log.debug("hub unreachable: %s", exc)
        raise HubError(_offline_sentence(repo, dest, base)) from None
    chosen = _choose(files)
    if not chosen:
        raise HubError(f"{repo} is not a Marian model with PyTorch weights (config.json, source.spm, target.spm, "
                       f"vocab.json and model.safetensors or pytorch_model.bin): confsynth cannot use it")
    staging = dest / f".{local}.partial"
    staging.mkdir(parents=True, exist_ok=True)
    total = sum(f.size or 0 for f in chosen)
    done = 0
    for f in chosen:
        target = staging / f.name
        if target.exists() and (f.size is None or target.stat().st_size == f.size):
            done += target.stat().st_size   # finished in an earlier, interrupted run
            continue
        url = f"{base}/{repo}/resolve/{commit}/{urllib.parse.quote(f.name)}"
        try:
            done += _download(url, target, f, done, total, progress)
        except HubError as exc:
            raise HubError(f"download of {local} interrupted ({exc}); run the same command again to resume "
                           f"(kept in {staging})") from None
        except (urllib.error.URLError, socket.timeout, ConnectionError, HTTPException, OSError) as exc:
            raise HubError(f"download of {local} interrupted at {f.name} ({type(exc).__name__}: {exc}); run the "
                           f"same command again to resume (kept in {staging})") from None
        if progress:
            progress(f.name, done, total)
    pair = parse_pair(local)
    meta = {"source": pair[0] if pair else None, "target": pair[1] if pair else None, "repo": repo,
            "revision": commit, "endpoint": base, "files": [f.name for f in chosen]}
    (staging / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    if final.exists():
        shutil.rmtree(final)
    staging.rename(final)
    log.info("fetched %s (%s) into %s", repo, commit, final)
    return final
