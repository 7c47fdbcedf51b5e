"""The `artextract` command: options in, library calls out. No extraction logic lives here."""

from __future__ import annotations

import math
import sys

import click

from . import __version__
from .fetch.settings import DEFAULT_USER_AGENT, FetchSettings
from .fetch.urls import is_url
from .options import Favor, Options

EPILOG = """\b
Examples:
  artextract page.html                      article as JSON on stdout
  artextract page.html.gz -f text           the body alone
  curl -s URL | artextract - --url URL      a page from a pipe
  artextract copied.txt --input-type text   text copied from a browser
  artextract page.html | jq -r .headline    one field, with jq
  artextract page.html -o article.json      written atomically
  artextract page.html --explain >/dev/null why each block was kept or dropped


Batch mode (several inputs, a directory, --files-from, -o DIR/ or -o FILE.jsonl):
  artextract pages/ > articles.jsonl        one JSON record per input, all cores
  artextract pages/ -o out/                 one .json per input, mirroring pages/
  artextract pages/ -o all.jsonl --resume   continue a stopped run
  find . -name '*.html' -print0 | artextract --files-from - -j 4 --timeout 10
  artextract crawl.warc.gz > articles.jsonl  every HTML record of a WARC file
  artextract s3://bucket/crawl/ --engine dask --scheduler tcp://HOST:8786 -o s3://bucket/out/

Exit status: 0 done, 1 an input could not be processed, 2 usage error.
"""


class _Size(click.ParamType):
    """A byte count: 52428800, 50M, 50MiB, 1G, 512k; `zero` allowed when 0 means "no limit"."""

    name = "SIZE"
    _UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}
    # Past this, byte counts overflow the C sizes zlib and the OS take (1e400 is inf).
    LARGEST = 1024**4

    def __init__(self, zero: bool = False) -> None:
        self.zero = zero

    def convert(self, value, param, ctx):  # noqa: ANN001 - click's signature
        if isinstance(value, int):
            return value
        text = str(value).strip().lower().removesuffix("ib").removesuffix("b")
        unit = text[-1:] if text[-1:] in self._UNITS else ""
        try:
            number = float(text[: len(text) - len(unit)])
        except ValueError:
            self.fail(f"{value!r} is not a size such as 50M or 1048576", param, ctx)
        if not math.isfinite(number) or number * self._UNITS[unit] > self.LARGEST:
            self.fail(f"{value!r} is too large; the largest size is 1T", param, ctx)
        size = int(number * self._UNITS[unit])
        if size < 0 or (size == 0 and not self.zero):
            self.fail("the size must be positive" + (" (0 for no limit)" if self.zero else ""), param, ctx)
        return size


class _Seconds(click.ParamType):
    """A time limit in seconds: finite, not negative; 0 for no limit."""

    name = "SECONDS"
    LONGEST = 7 * 24 * 3600  # a week; longer waits overflow the system's timers

    def convert(self, value, param, ctx):  # noqa: ANN001 - click's signature
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if math.isnan(seconds) or seconds < 0:
            self.fail(f"{value!r} is not a time limit (give seconds, or 0 for no limit)", param, ctx)
        if seconds > self.LONGEST:
            self.fail(f"{value!r} is too long; the longest limit is {self.LONGEST} s (0 for no limit)", param, ctx)
        return seconds


# Options that only make sense for several inputs; giving one selects batch mode.
_BATCH_OPTIONS = ("jobs", "timeout", "memory_limit", "globs", "files_from", "ordered", "resume", "progress", "engine",
                  "scheduler", "partition_size", "compress", "urls_from", "strict", "follow_links", "dedupe",
                  "dedupe_min_pages", "min_words", "languages", "page_types")


def _version_text() -> str:
    import platform
    from importlib.metadata import version

    import lxml.etree

    lxml_version = ".".join(map(str, lxml.etree.LXML_VERSION[:3]))
    libxml_version = ".".join(map(str, lxml.etree.LIBXML_VERSION))
    return (
        f"artextract {__version__} (Python {platform.python_version()}, "
        f"lxml {lxml_version}, libxml2 {libxml_version}, click {version('click')})"
    )


def _languages(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    from .batch.filters import parse_languages

    try:
        return parse_languages(value)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx, param) from None


def _page_types(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    from .batch.filters import parse_page_types

    try:
        return parse_page_types(value)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx, param) from None


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(_version_text())
        ctx.exit()


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("inputs", metavar="[FILE|DIR|URL]...", nargs=-1, type=click.Path())
@click.option("-t", "--input-type", type=click.Choice(["auto", "html", "text"]), default="auto", show_default=True,
              help="What the input is; auto sniffs for markup.")
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "text", "markdown", "parquet"]), default="json",
              show_default=True, help="json: the whole article; text: the body alone; markdown: readable document; "
              "parquet: Parquet parts (--engine dask).")
@click.option("-o", "--output", type=click.Path(), help="Write here (atomically) instead of stdout; in batch mode "
              "FILE.jsonl (JSON Lines) or DIR/ (one file per input, errors in DIR/errors.jsonl).")
@click.option("--url", help="The page's address, for resolving links and as a fallback for the url field.")
@click.option("--favor", type=click.Choice([f.value for f in Favor]), default=Favor.BALANCED.value, show_default=True,
              help="Trade missing text (precision) against extra text (recall).")
@click.option("--links", is_flag=True, help="Markdown: keep the page's inline links, with absolute URLs.")
@click.option("--comments/--no-comments", default=False, help="Keep reader comments in the body (HTML).")
@click.option("--explain", is_flag=True, help="Show on stderr why each block was kept or dropped (batch mode with "
              "--dedupe: each page's removed blocks).")
@click.option("--max-size", "max_size", type=_Size(), default="50M", show_default=True,
              help="Refuse inputs larger than this after decompression (guards against gzip bombs).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on stderr but errors.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Batch: worker processes [default: all cores].")
@click.option("--timeout", type=_Seconds(), default=30.0, show_default=True,
              help="Batch: give up on a page after this long (0: no limit).")
@click.option("--memory-limit", "memory_limit", type=_Size(zero=True), default="1G", show_default=True,
              help="Batch: address space each worker may use; a page needing more gets a memory error record "
                   "(0: no limit).")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="Batch: which files to take from directories (repeatable) "
                   "[default: *.html *.htm *.xhtml *.txt and their .gz].")
@click.option("--files-from", type=click.Path(allow_dash=True), metavar="FILE", help='Batch: read input paths from FILE ("-": stdin), '
              "one a line or NUL-separated.")
@click.option("--ordered", is_flag=True, help="Batch: records in input order (default: as completed).")
@click.option("--resume", is_flag=True, help="Batch: skip inputs that already have a record in the -o output.")
@click.option("--progress/--no-progress", default=None, help="Batch: progress bar on stderr [default: if a terminal].")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Batch: local worker processes, or Dask (a LocalCluster, or --scheduler); needs artextract[dask].")
@click.option("--scheduler", metavar="ADDRESS", help="Dask: a running dask.distributed scheduler, e.g. "
              "tcp://10.0.0.5:8786 [default: start a LocalCluster of -j workers].")
@click.option("--partition-size", type=click.IntRange(min=1), metavar="N",
              help="Dask: inputs per partition and part file [default: 500; a WARC file is always one partition].")
@click.option("--gzip", "compress", is_flag=True, help="Dask: gzip the JSON Lines parts (part-00000.jsonl.gz).")
@click.option("--urls-from", type=click.Path(allow_dash=True), metavar="FILE",
              help='Web: read URLs from FILE ("-": stdin), one a line; blank lines and # comments skipped.')
@click.option("--per-host", type=click.IntRange(min=1), default=2, show_default=True, metavar="N",
              help="Web: at most N requests at a time to one host.")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="SECONDS",
              help="Web: wait this long between requests to one host (robots.txt's Crawl-delay can raise it).")
@click.option("--ignore-robots", is_flag=True, help="Web: fetch pages robots.txt disallows (do ask the site first).")
@click.option("--user-agent", metavar="TEXT", help="Web: the User-Agent sent, whose first word robots.txt "
              f"rules are matched on [default: {DEFAULT_USER_AGENT}].")
@click.option("--save-pages", type=click.Path(file_okay=False), metavar="DIR",
              help="Web: keep each fetched page, gzipped, in DIR/<host>/, listed in DIR/pages.jsonl.")
@click.option("--warc-out", type=click.Path(dir_okay=False), metavar="FILE",
              help="Web: append each fetched page to a WARC file (FILE.warc.gz); needs artextract[warc].")
@click.option("--strict", is_flag=True, help="Batch: WARC records of documents that are not HTML (images, scripts) "
              "get error records instead of being counted and passed over.")
@click.option("--follow-links", is_flag=True, help="Batch: follow symbolic links that lead out of the given directories.")
@click.option("--dedupe", is_flag=True, help="Batch: remove each site's own boilerplate (blocks repeated verbatim on "
              "its pages, outside the article), and mark pages that are copies of another (duplicate_of).")
@click.option("--dedupe-min-pages", type=click.IntRange(min=2), metavar="N",
              help="Batch, --dedupe: pages of a site a block must be on [default: 2].")
@click.option("--min-words", type=click.IntRange(min=1), metavar="N",
              help='Batch: articles shorter than N words get a record {"skipped": reason} and no document.')
@click.option("--language", "languages", metavar="xx[,yy]", callback=_languages,
              help='Batch: articles in other languages get a record {"skipped": reason} and no document.')
@click.option("--page-type", "page_types", metavar="KIND[,KIND]", callback=_page_types,
              help="Batch: keep pages of these kinds (article, forum, product, collection, listing, documentation, "
                   'service); others get a record {"skipped": "page_type"} and no document.')
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show versions of artextract and its parser, then exit.")
@click.pass_context
def main(ctx: click.Context, inputs: tuple[str, ...], input_type: str, fmt: str, output: str | None,
         url: str | None, favor: str, links: bool, comments: bool, explain: bool, max_size: int, quiet: bool,
         jobs: int | None, timeout: float, memory_limit: int, globs: tuple[str, ...], files_from: str | None, ordered: bool,
         resume: bool, progress: bool | None, engine: str, scheduler: str | None, partition_size: int | None,
         compress: bool, urls_from: str | None, per_host: int, delay: float, ignore_robots: bool,
         user_agent: str | None, save_pages: str | None, warc_out: str | None, strict: bool, follow_links: bool,
         dedupe: bool, dedupe_min_pages: int | None, min_words: int | None, languages: tuple[str, ...],
         page_types: tuple[str, ...]) -> None:
    """Extract the article (headline, standfirst, authors, date, key points,
    captions, body) from a web page or from text copied off one.

    FILE is an HTML or text file, optionally gzipped; "-" or no FILE reads
    standard input when it is a pipe; a URL (http or https) is fetched.
    Several inputs or a DIR (walked recursively) run in batch mode: one JSON
    record per input, in parallel.
    """
    options = Options(input_type=input_type, url=url, favor=Favor(favor), include_comments=comments, links=links)
    fetch = FetchSettings(per_host=per_host, delay=delay, obey_robots=not ignore_robots,
                          user_agent=user_agent or DEFAULT_USER_AGENT, save_pages=save_pages, warc_out=warc_out)
    if _batch_mode(ctx, inputs, output):
        if url or (explain and not dedupe):
            raise click.UsageError(f"{'--url' if url else '--explain'} is for a single page (or --dedupe), "
                                   "not batch mode")
        from .batch.filters import from_options
        from .batch.command import BatchCommand, UsageProblem, run_command

        command = BatchCommand(inputs=inputs, files_from=files_from, globs=globs, output=output, fmt=fmt, jobs=jobs,
                               timeout=timeout or None, max_bytes=max_size, memory_limit=memory_limit or None, ordered=ordered, resume=resume,
                               progress=progress, quiet=quiet, options=options, engine=engine, scheduler=scheduler,
                               compress=compress, partition_size=partition_size, urls_from=urls_from,
                               fetch=fetch, strict=strict, follow_links=follow_links, dedupe=dedupe,
                               dedupe_min_pages=dedupe_min_pages or 0, explain=explain,
                               filters=from_options(min_words, languages, page_types))
        try:
            sys.exit(run_command(command, _engine(engine)))
        except UsageProblem as problem:
            raise click.UsageError(str(problem)) from None
    if fmt == "parquet":
        raise click.UsageError("-f parquet is for batch mode with --engine dask")
    _single(inputs[0] if inputs else None, options, fmt, output, explain, max_size, quiet, fetch)


def _engine(name: str):
    """The engine that runs the pages; the Dask one is imported only when asked for (an optional extra)."""
    if name == "dask":
        from .scale.dask_engine import DaskEngine

        return DaskEngine()
    from .batch.local import LocalEngine

    return LocalEngine()


def _batch_mode(ctx: click.Context, inputs: tuple[str, ...], output: str | None) -> bool:
    import os

    from click.core import ParameterSource

    if len(inputs) > 1 or any(os.path.isdir(path) for path in inputs):
        return True
    if any(path.lower().endswith((".warc", ".warc.gz")) for path in inputs):
        return True  # a WARC file holds many pages
    if output and output != "-" and (output.endswith(("/", os.sep, ".jsonl")) or os.path.isdir(output)):
        return True
    return any(ctx.get_parameter_source(name) not in (ParameterSource.DEFAULT, None) for name in _BATCH_OPTIONS)


def _single(input_path: str | None, options: Options, fmt: str, output: str | None, explain: bool,
            max_size: int, quiet: bool, fetch: FetchSettings) -> None:
    """One input, one document: pretty JSON (or text, markdown) on stdout or in a file."""
    if input_path is None:
        if sys.stdin.isatty():
            raise click.UsageError("give a FILE or URL, or pipe a page into standard input")
        input_path = "-"
    from .api import extract
    from .output import render
    from .source import InputError

    label = "standard input" if input_path == "-" else shown(input_path)
    _refuse_overwriting(input_path, output)
    data, options, fetched = _read_single(input_path, options, max_size, fetch)
    try:
        article = extract(data, options=options)
    except InputError as error:
        _fail(f"{label}: {error}")
    except RecursionError:
        _fail(f"{label}: the page is nested too deeply to process")
    except MemoryError:
        _fail(f"{label}: not enough memory to process the page")
    if not quiet:
        for warning in article.warnings + list(fetched.warnings if fetched else ()):
            click.echo(f"artextract: {label}: warning: {warning}", err=True)
    if explain:
        from .explain import explain_article

        explain_article(article)
    if fetched is not None and fmt == "json":
        import json

        from .fetch.provenance import for_url

        text = json.dumps(for_url(article.to_dict(), fetched), ensure_ascii=False, indent=2) + "\n"
    else:
        text = render(article, fmt, links=options.links)
    if output:
        from .files import atomic_write

        try:
            atomic_write(output, text)
        except OSError as error:
            _fail(f"{shown(output)}: cannot write: {error.strerror or error}")
    else:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:  # `> file` on a full disk: one line, not a traceback
            _fail(f"standard output: cannot write: {error.strerror or error}")


def _refuse_overwriting(input_path: str, output: str | None) -> None:
    """`artextract page.html -o page.html` would replace the page with its JSON: a usage error."""
    if not output or output == "-" or input_path == "-" or is_url(input_path):
        return
    from .batch.identity import identity_of

    if identity_of(output) == identity_of(input_path):
        raise click.UsageError(f"-o {output} is the input; the page would be overwritten (write elsewhere)")


def _read_single(input_path: str, options: Options, max_size: int, fetch: FetchSettings):
    """The input's bytes, the options for it, and for a URL what its fetch said (else None)."""
    from dataclasses import replace

    from .source import InputError, read_path

    if not is_url(input_path):
        options = replace(options, source_path=None if input_path == "-" else input_path)
        try:
            return read_path(input_path, max_size), options, None
        except InputError as error:
            _fail(f"{'standard input' if input_path == '-' else shown(input_path)}: {error}")
    if options.url:
        raise click.UsageError("--url is for files and standard input; a fetched page's address is its final URL")
    from .fetch import FetchError, SaveError, Session

    try:
        session = Session(fetch, max_size)
    except SaveError as error:
        _fail(str(error))
    try:
        page, fetched = session.fetch(input_path)
    except FetchError as error:
        _fail(f"{shown(input_path)}: {error.message}")
    finally:
        session.close()
    return page.body, replace(options, url=page.final_url, declared_charset=page.charset, source_path=input_path), fetched


def shown(text: str) -> str:
    """A name from outside, safe on a terminal (batch/control.py; imported only when needed, since
    importing the batch package costs the CLI's start-up)."""
    from .batch.control import shown as escape

    return escape(text)


def _fail(message: str) -> None:
    try:
        click.echo(f"artextract: {message}", err=True)
    except OSError:
        pass
    sys.exit(1)
