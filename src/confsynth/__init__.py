"""confsynth: conference transcripts -> key messages with verbatim, attributed quotes, in French and English."""
from __future__ import annotations

__version__ = "0.1.0"
