"""A tiny Marian model with random weights, built on the spot, in the exact OPUS-MT folder layout.

No translation weights install from a package registry, so the tests and the benchmark's smoke run
build their own: SentencePiece models trained on a few hundred sentences, a shared vocabulary in the
order OPUS-MT uses (``</s>``, ``<unk>``, pieces, ``<pad>``), a two-layer Marian with d_model 16, saved
with ``save_pretrained``. It loads through exactly the code users run; what it outputs is noise, so
tests assert on the plumbing (batching, splitting, checks, status), never on the words.
"""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Sequence

__all__ = ["build_tiny_marian"]


def _train_spm(sentences: Sequence[str], vocab_size: int) -> bytes:
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences), model_writer=model, vocab_size=vocab_size, model_type="unigram",
        character_coverage=1.0, bos_id=-1, eos_id=-1, pad_id=-1, unk_id=0, hard_vocab_limit=False,
        minloglevel=2, num_threads=1)
    return model.getvalue()


def build_tiny_marian(folder: str | Path, source_sentences: Sequence[str], target_sentences: Sequence[str],
                      source: str = "fr", target: str = "en", vocab_size: int = 300, max_tokens: int = 64,
                      layers: int = 1, seed: int = 0, num_beams: int = 1, d_model: int = 16, ffn_dim: int = 32,
                      heads: int = 2, vocab_total: int | None = None) -> Path:
    """Write a random-weight Marian model for ``source``->``target`` into ``folder``; return the folder.

    The defaults make a model of a few hundred kB; ``d_model=512, ffn_dim=2048, heads=8, layers=6,
    vocab_total=58101, max_tokens=512`` gives OPUS-MT's own dimensions (for speed measurements)."""
    import sentencepiece as spm
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "source.spm").write_bytes(_train_spm(source_sentences, vocab_size))
    (folder / "target.spm").write_bytes(_train_spm(target_sentences, vocab_size))
    pieces = ["</s>", "<unk>"]
    for name in ("source.spm", "target.spm"):
        sp = spm.SentencePieceProcessor(model_file=str(folder / name))
        pieces.extend(p for p in (sp.id_to_piece(i) for i in range(sp.get_piece_size())) if p not in pieces)
    # filler entries up to a real model's vocabulary size: the output layer then costs what it costs there
    pieces.extend(f"\u2581filler{i}" for i in range(max(0, (vocab_total or 0) - len(pieces) - 1)))
    pieces.append("<pad>")
    vocab = {p: i for i, p in enumerate(pieces)}
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, indent=0), encoding="utf-8")
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab), decoder_vocab_size=len(vocab), d_model=d_model, encoder_layers=layers,
        decoder_layers=layers, encoder_attention_heads=heads, decoder_attention_heads=heads, encoder_ffn_dim=ffn_dim,
        decoder_ffn_dim=ffn_dim, max_position_embeddings=max_tokens, pad_token_id=pad, eos_token_id=0,
        decoder_start_token_id=pad, forced_eos_token_id=0, scale_embedding=True,
        share_encoder_decoder_embeddings=True, init_std=0.5)   # large init: outputs depend on the input
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    model.generation_config = GenerationConfig(
        bad_words_ids=[[pad]], decoder_start_token_id=pad, eos_token_id=0, forced_eos_token_id=0,
        pad_token_id=pad, max_length=max_tokens, num_beams=num_beams)
    model.save_pretrained(str(folder))
    tokenizer = MarianTokenizer(source_spm=str(folder / "source.spm"), target_spm=str(folder / "target.spm"),
                                vocab=str(folder / "vocab.json"), source_lang=source, target_lang=target,
                                model_max_length=max_tokens)
    tokenizer.save_pretrained(str(folder))
    return folder
