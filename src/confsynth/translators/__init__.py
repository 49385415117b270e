"""Translation backends behind ``confsynth.translate.Translator``: Marian (OPUS-MT) models run by
CTranslate2 or transformers + torch, found on disk (never downloaded at run time).

    discovery   where models are, what each folder holds
    segment     sentences, and parts of sentences under the model's limit
    glossary    the house glossary: applied before translation, checked after
    marian      transformers + torch engine
    ct2         CTranslate2 engine and converter
    opus        the Translator: per-pair engines, pivot through English, batching, cache
    testing     a tiny random-weight Marian model in the OPUS-MT layout, for tests and smoke runs

Heavy packages (torch, transformers, ctranslate2) are imported only when an engine loads.
"""
from __future__ import annotations

from .discovery import ModelEntry, SearchDir, find_models, inspect_folder, search_dirs, write_dir
from .glossary import Glossary, GlossaryCheck, load_glossary
from .opus import OpusTranslator, TranslationStats, backend_installed, load_translator, no_model_message, pair_hint

__all__ = [
    "ModelEntry", "SearchDir", "find_models", "inspect_folder", "search_dirs", "write_dir",
    "Glossary", "GlossaryCheck", "load_glossary",
    "OpusTranslator", "TranslationStats", "backend_installed", "load_translator", "no_model_message", "pair_hint",
]
