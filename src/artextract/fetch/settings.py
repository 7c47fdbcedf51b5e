"""What a run asked of the fetcher (the command line's options, as data). Importing it is cheap."""

from __future__ import annotations

from dataclasses import dataclass

from .. import __version__
from .polite import DEFAULT_DELAY_S, DEFAULT_PER_HOST, Politeness

DEFAULT_USER_AGENT = f"artextract/{__version__} (article extractor)"


@dataclass(frozen=True)
class FetchSettings:
    per_host: int = DEFAULT_PER_HOST
    delay: float = DEFAULT_DELAY_S
    obey_robots: bool = True
    user_agent: str = DEFAULT_USER_AGENT
    save_pages: str | None = None  # a directory: each page gzipped, indexed in pages.jsonl
    warc_out: str | None = None  # a WARC file, appended to (needs warcio)

    def politeness(self) -> Politeness:
        return Politeness(per_host=self.per_host, delay=self.delay, obey_robots=self.obey_robots)
