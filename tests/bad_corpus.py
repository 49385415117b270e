"""The bad-input corpus of issue 7: broken, huge, hostile and unusual transcripts, built on demand.

Every case is a file name, a function that returns its bytes (or writes itself, for the big ones)
and the expected outcome: ``OK`` (a valid report) or a regular expression the one error line must
match. ``build_corpus(folder)`` writes them all; run it by hand to try the CLI on it:

    python tests/bad_corpus.py /tmp/bad && cd /tmp/bad && confsynth run -o ../out -- . ..txt '..\\..\\escape.txt'
"""
from __future__ import annotations

import io
import json
import random
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import docx

OK = "ok"

FR = """Atelier sur les données sociales

Anna Berg (Université de Malmö): Nous avons besoin de données fiables pour mesurer l'impact social des projets, sinon les financeurs décident à l'aveugle et les associations perdent du temps.
Paul Martin (ESSEC): Je suis d'accord. Les indicateurs doivent être construits avec les bénéficiaires eux-mêmes, sinon ils sont vécus comme un contrôle et personne ne les utilise vraiment.
Anna Berg (Université de Malmö): Il faut aussi financer l'évaluation : un financeur qui exige une mesure d'impact doit payer pour cette mesure, c'est une question de cohérence.
"""

EN_SENTENCES = [
    "Public funders should pay for the evaluation they ask for, otherwise small associations simply cannot comply.",
    "Skills programmes only work when employers help design them from the very first day.",
    "We need reliable data on social impact, or decisions will keep being made in the dark.",
    "Platforms have changed how people find work, and our labour law has not caught up yet.",
    "Cities are where social innovation is tested first, long before national governments notice it.",
    "The real challenge is scaling what works without losing the trust of the communities involved.",
]

POLISH = """Forum innowacji społecznej

Anna Kowalska (Uniwersytet Warszawski): Dzień dobry wszystkim. Chciałabym podziękować organizatorom za zaproszenie na tę konferencję o innowacjach społecznych w Europie. Nasze badania pokazują, że lokalne inicjatywy działają najlepiej, gdy samorządy traktują mieszkańców jak partnerów, a nie petentów.
Piotr Nowak (Fundacja Batorego): Zgadzam się. Problem polega na tym, że finansowanie jest krótkoterminowe, a zmiana społeczna wymaga wielu lat pracy. Potrzebujemy stabilnych programów, które pozwolą organizacjom planować dalej niż na jeden rok.
Anna Kowalska (Uniwersytet Warszawski): Dlatego proponujemy, aby każda gmina miała budżet na eksperymenty społeczne i obowiązek publikowania wyników, także tych nieudanych.
"""

GERMAN = """Werkstattgespräch soziale Innovation

Jürgen Howaldt (TU Dortmund): Soziale Innovationen entstehen selten in Ministerien, sondern dort, wo Menschen ein konkretes Problem lösen müssen. Die Politik sollte diese Initiativen nicht ersetzen, sondern ihnen Räume und verlässliche Finanzierung geben.
Katrin Schmidt (Bertelsmann Stiftung): Wir brauchen dafür bessere Daten. Ohne eine ehrliche Wirkungsmessung wissen wir nicht, welche Projekte wir ausweiten sollten und welche nicht.
Jürgen Howaldt (TU Dortmund): Und die Wirkungsmessung muss gemeinsam mit den Beteiligten entwickelt werden, sonst wird sie als Kontrolle erlebt und niemand nutzt sie wirklich.
"""

ARABIC_HEBREW = """منتدى الابتكار الاجتماعي 🌍

ليلى حداد: مرحبا بكم جميعا في هذا المؤتمر حول الابتكار الاجتماعي في أوروبا 🎉 نحن بحاجة إلى بيانات موثوقة لقياس الأثر الاجتماعي للمشاريع، وإلا فإن الممولين سيتخذون قراراتهم دون رؤية واضحة.
عمر خليل: أتفق معك تماما 👍 يجب أن تبنى المؤشرات مع المستفيدين أنفسهم، وإلا فإنها ستعتبر أداة رقابة ولن يستخدمها أحد فعلا في العمل اليومي.
ليلى حداد: ويجب أيضا تمويل التقييم نفسه 💡 فالممول الذي يطلب قياس الأثر عليه أن يدفع تكلفة هذا القياس، وهذه مسألة انسجام قبل كل شيء.
נועה לוי: אני מסכימה 🙂 הערים הן המקום שבו חדשנות חברתית נבדקת לראשונה, הרבה לפני שהממשלות שמות לב.
"""

FR_EMOJI = """# Table ronde 🚀

**Sofia Ruiz (Ashoka):** Les entrepreneurs sociaux 💪 ont besoin de financements patients, pas d'appels à projets annuels qui les obligent à tout réinventer chaque année.

**Marc Dubois (Ville de Lyon):** Je suis d'accord 👍 et les villes peuvent jouer ce rôle : elles connaissent le terrain et peuvent suivre un projet sur cinq ou dix ans.
"""


def _english_monologue_vtt() -> str:
    rng = random.Random(7)
    lines = ["WEBVTT", ""]
    for i in range(40):
        start = i * 6
        lines += [f"00:{start // 60:02d}:{start % 60:02d}.000 --> 00:{(start + 5) // 60:02d}:{(start + 5) % 60:02d}.500",
                  f"<v Hannah Whitaker>{rng.choice(EN_SENTENCES)}</v>", ""]
    return "\n".join(lines)


def _no_labels() -> str:
    paragraphs = [" ".join(EN_SENTENCES[i:i + 3]) for i in range(0, 6, 3)] * 2
    return "Evening debate on work and cities\n\n" + "\n\n".join(paragraphs) + "\n"


def _mixed_encodings() -> bytes:
    utf8 = ("Réunion publique\n\nÉlise Côté (Mairie): Ça coûte très cher, l’été, de rénover les écoles "
            "du quartier, et nous devons décider ensemble des priorités.\n").encode("utf-8")
    cp1252 = ("Hélène Gaudé (Association des parents): Nous préférons qu'on rénove d'abord la cantine, "
              "parce que les élèves y passent une heure chaque jour et il y fait très froid l'hiver.\n").encode("cp1252")
    return utf8 + cp1252 + ("Élise Côté (Mairie): C’est noté, nous reviendrons vers vous avec un calendrier "
                            "précis et un budget détaillé.\n").encode("utf-8")


def _docx_bytes(paragraphs: list[str]) -> bytes:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _docx_with_document_xml(transform: Callable[[bytes], bytes]) -> bytes:
    """A real .docx whose word/document.xml is rewritten by ``transform``."""
    src = zipfile.ZipFile(io.BytesIO(_docx_bytes(FR.splitlines())))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = src.read(info.filename)
            zf.writestr(info.filename, transform(data) if info.filename == "word/document.xml" else data)
    return out.getvalue()


def _with_doctype(doctype: str, ref: str) -> Callable[[bytes], bytes]:
    def transform(xml: bytes) -> bytes:
        decl_end = xml.index(b"?>") + 2
        xml = xml[:decl_end] + doctype.encode() + xml[decl_end:]
        return xml.replace(b"Nous avons besoin", f"&{ref}; Nous avons besoin".encode(), 1)
    return transform


XXE = '\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
LAUGHS = ('\n<!DOCTYPE w:document [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
          + "]>")


def _zip_bomb() -> bytes:
    """A .docx-shaped zip whose document.xml inflates from ~20 kB to 20 MB of spaces."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w") as fh:
            for _ in range(20):
                fh.write(b" " * 1_000_000)
    return out.getvalue()


def _write_big(path: Path, size: int, line_breaks: bool) -> None:
    """Write ``size`` bytes of prose, with or without line breaks, in 1 MB blocks (fast, little memory)."""
    unit = (" ".join(EN_SENTENCES) + (" \n" if line_breaks else " ")).encode()
    block = unit * (1_000_000 // len(unit) + 1)
    with open(path, "wb") as fh:
        written = 0
        while written < size:
            piece = block[: min(len(block), size - written)]
            fh.write(piece)
            written += len(piece)


@dataclass(frozen=True)
class Case:
    """One corpus file: its name, how it is made, and what the CLI must say about it."""

    name: str
    make: Callable[[Path], None]
    expect: str                 # OK, or a regex the error line must match
    explicit: bool = False      # a hidden-looking name ("..x") is only read when named on the command line


def _bytes(data: bytes | str | Callable[[], bytes | str]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        value = data() if callable(data) else data
        path.write_bytes(value.encode("utf-8") if isinstance(value, str) else value)
    return make


_SHORT = "Débat\n\nAnna Berg (Université de Malmö): " + FR.split("Anna Berg (Université de Malmö): ")[1]

CASES: list[Case] = [
    Case("empty.txt", _bytes(b""), r"empty file"),
    Case("whitespace.txt", _bytes(b"  \n\t\n \r\n   \n"), r"only whitespace"),
    Case("binary.txt", _bytes(lambda: random.Random(0).randbytes(8192)), r"binary data, not a text transcript"),
    Case("truncated.docx", _bytes(lambda: _docx_bytes(FR.splitlines())[:6000]), r"damaged \.docx.*truncated"),
    Case("not-a-zip.docx", _bytes("This is plain text that was given a .docx name."), r"not a zip container"),
    Case("old-word.docx", _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000), r"old Word \.doc file"),
    Case("not-a-zip.odt", _bytes("This is plain text that was given an .odt name."), r"not an OpenDocument \.odt"),
    Case("zip-bomb.docx", _bytes(_zip_bomb), r"zip bomb"),
    Case("xxe.docx", _bytes(lambda: _docx_with_document_xml(_with_doctype(XXE, "xxe"))), r"declares XML entities"),
    Case("billion-laughs.docx", _bytes(lambda: _docx_with_document_xml(_with_doctype(LAUGHS, "lol9"))),
         r"declares XML entities"),
    Case("broken-timestamps.vtt", _bytes("WEBVTT\n\n1\n00:00:xx --> 00:00:03.000\nHello\n\n"
                                         "2\n0:0 --> later\nWorld\n"), r"broken timestamps"),
    Case("not-whisper.json", _bytes(json.dumps({"title": "Minutes", "items": [{"who": "A", "said": "x"}]})),
         r"not a JSON transcript confsynth reads"),
    Case("big-100mb.txt", lambda p: _write_big(p, 100_000_000, True), r"over the 50 MB limit.*--max-file-mb"),
    Case("one-line-5mb.txt", lambda p: _write_big(p, 5_000_000, False),
         r"words, over the 300,000-word limit.*--max-input-words"),
    Case("mixed-encodings.txt", _bytes(_mixed_encodings), OK),
    Case("rtl-emoji.txt", _bytes(ARABIC_HEBREW), OK),
    Case("emoji.md", _bytes(FR_EMOJI), OK),
    Case("no-labels.txt", _bytes(_no_labels), OK),
    Case("monologue.vtt", _bytes(_english_monologue_vtt), OK),
    Case("polish.txt", _bytes(POLISH), OK),
    Case("german.txt", _bytes(GERMAN), OK),
    Case("file with spaces.txt", _bytes(_SHORT), OK),
    Case("éàü accents – Ünïcode ß.txt", _bytes(_SHORT), OK),
    Case("-leading-dash.txt", _bytes(_SHORT), OK),
    Case("--output=elsewhere.txt", _bytes(_SHORT), OK),
    Case("name\nwith newline [b].txt", _bytes(_SHORT), OK),
    Case("a..b.txt", _bytes(_SHORT), OK),
    # a post's label drawn out with dashes: its pattern once took exponential time to refuse it
    Case("dashed-post.txt", _bytes("Ministre " + "-" * 60 + " & Co : Bonjour.\n\n" + FR), OK),
    Case("..txt", _bytes(_SHORT), OK, explicit=True),
    Case("..\\..\\escape.txt", _bytes(_SHORT), OK, explicit=True),
    Case("x" * 200 + ".txt", _bytes(_SHORT), OK),
]


def build_corpus(folder: Path) -> list[Case]:
    """Write every case into ``folder``; return the cases."""
    folder.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        case.make(folder / case.name)
    return CASES


if __name__ == "__main__":
    build_corpus(Path(sys.argv[1]))
