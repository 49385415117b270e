"""Speech-recognition text written token by token is joined at reading; only spaces move."""
from __future__ import annotations

import re

from confsynth.ingest import read_transcript
from confsynth.ingest.detok import detokenize, looks_tokenized
from confsynth.quotes import UNHEARD, clean_disfluencies, passage_quality
from confsynth.render.typography import sentence_case

ASR = [
    "[5.33-49.89] S1: je vous remercie de votre attention . je vais faire quelques mots d' introduction . "
    "c' est un sujet qui peut les intéresser , puisqu' on va vous faire une courte présentation .",
    "[54.87-75.09] S1: moi je suis adjoint au responsable du département , qui traite notamment des "
    "problématiques liées à l' urbanisme aux travaux tiers , GRT Gaz en Ile-de-France s' investit pas mal .",
    "[75.09-83.50] S151: on mène pas mal d' actions de sensibilisation ( surtout auprès des entreprises ) .",
    "[87.51-99.96] S0: vous m' entendez ?",
    "[99.96-113.84] S113: Mesdames et Messieurs , bonjour . l' Observatoire est installé depuis deux mille deux , "
    "ce n' est pas tout jeune , avant la règlementation qui est obligatoire depuis le 1er juillet .",
]


def test_a_token_by_token_transcript_is_joined_as_french_writes_it(tmp_path):
    path = tmp_path / "salon.txt"
    path.write_text("\n".join(ASR) + "\n", encoding="utf-8")
    t = read_transcript(path)
    first = t.turns[0].text
    assert first.startswith("je vous remercie de votre attention. je vais faire quelques mots d'introduction. "
                            "c'est un sujet qui peut les intéresser, puisqu'on va")
    assert "( surtout" not in t.turns[1].text and "(surtout auprès des entreprises)." in t.turns[1].text
    assert t.turns[2].text == "vous m'entendez ?"          # French keeps its space before « ? »
    # only spaces moved: the same letters, in the same order
    original = re.sub(r"\s+", "", " ".join(line.split(":", 1)[1] for line in ASR))
    assert re.sub(r"\s+", "", " ".join(turn.text for turn in t.turns)) == original
    # the segments still point at their lines and times
    s1 = t.turns[0]
    second = s1.locate(s1.text.index("moi je suis"))
    assert (second.line, second.time) == (2, 54.87)


def test_written_text_is_left_alone():
    text = "We need the data, and we need it now. The city should publish it every month. " * 6
    assert not looks_tokenized(text)
    assert looks_tokenized("we need the data , and we need it now . " * 6)
    assert detokenize("the students' books , and l' école ?", "en") == "the students' books, and l'école?"
    # English clitics written apart join their word; a quotation mark that opens a word stays apart
    assert detokenize("they 're gonna say it 's fine , we do n't know the word 'speech' .", "en") == \
        "they're gonna say it's fine, we don't know the word 'speech'."


def test_quotes_from_lower_case_speech_print_with_capitals_where_sentences_start():
    assert sentence_case("ensuite, au moment des travaux. il poursuit ? oui.") == \
        "Ensuite, au moment des travaux. Il poursuit ? Oui."
    assert sentence_case("Déjà en capitales. et le reste") == "Déjà en capitales. et le reste"


def test_a_passage_with_an_unheard_word_is_never_a_quote():
    text = "Effectivement, c'est du bénévolat sans <unk>, mais on a une idée en tête pour les chantiers."
    assert UNHEARD.search(text) and passage_quality(clean_disfluencies(text), "fr") == 0.0
    assert passage_quality(clean_disfluencies(text.replace(" <unk>", "")), "fr") > 0
    assert UNHEARD.search("We should [inaudible] the budget.")


def test_french_keeps_its_spaces_inside_guillemets():
    assert detokenize("il a dit « c' est fini » , puis ( rien ) .", "fr") == "il a dit « c'est fini », puis (rien)."


def _across_two_cues(tmp_path, first: str):
    """The first turn of the ASR sample with ``first`` as one cue and « , c' est le processus . » as the next."""
    path = tmp_path / "salon.txt"
    lines = ASR[:2] + [f"[76.00-80.00] S1: {first}", "[80.00-84.00] S1: , c' est le processus ."] + ASR[2:]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_transcript(path).turns[0]


def test_a_mark_that_opens_a_cue_goes_with_the_word_before(tmp_path):
    """A recogniser that cuts a stretch of speech just before a comma: « travail | , c' est » reads
    « travail, c'est », as the same words inside one cue would, and the second cue still starts at its mark."""
    turn = _across_two_cues(tmp_path, "sur sa zone de travail")
    assert "sur sa zone de travail, c'est le processus." in turn.text
    last = turn.locate(turn.text.index(", c'est"))
    assert (last.line, last.time) == (4, 80.0) and turn.text[last.start:].startswith(", c'est")


def test_a_comma_right_after_a_full_stop_goes(tmp_path):
    """« travail . , c' est »: the recogniser dropped a word between its two marks; the text reads « travail.
    c'est », inside a cue or across two, and the second cue starts at its first word."""
    assert detokenize("la zone de travail . , c' est le processus . et puis ?", "fr") == \
        "la zone de travail. c'est le processus. et puis ?"
    assert detokenize("we had the data . , it 's fine .", "en") == "we had the data. it's fine."
    turn = _across_two_cues(tmp_path, "sur sa zone de travail .")
    assert "sur sa zone de travail. c'est le processus." in turn.text
    last = turn.locate(turn.text.index("c'est le"))
    assert (last.line, last.time) == (4, 80.0) and turn.text[last.start:].startswith("c'est le")
