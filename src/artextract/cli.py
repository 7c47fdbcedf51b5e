"""The `artextract` command: options in, library calls out. No extraction logic lives here."""

from __future__ import annotations

import sys

import click

from . import __version__
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

Exit status: 0 done, 1 the input could not be processed, 2 usage error.
"""


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


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(_version_text())
        ctx.exit()


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("input_path", metavar="[FILE]", required=False)
@click.option("-t", "--input-type", type=click.Choice(["auto", "html", "text"]), default="auto", show_default=True,
              help="What the input is; auto sniffs for markup.")
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "text", "markdown"]), default="json", show_default=True,
              help="json: the whole article; text: the body alone; markdown: readable document.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here (atomically) instead of stdout.")
@click.option("--url", help="The page's address, for resolving links and as a fallback for the url field.")
@click.option("--favor", type=click.Choice([f.value for f in Favor]), default=Favor.BALANCED.value, show_default=True,
              help="Trade missing text (precision) against extra text (recall).")
@click.option("--comments/--no-comments", default=False, help="Keep reader comments in the body (HTML).")
@click.option("--explain", is_flag=True, help="Show on stderr why each block was kept or dropped.")
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show versions of artextract and its parser, then exit.")
def main(input_path: str | None, input_type: str, fmt: str, output: str | None, url: str | None,
         favor: str, comments: bool, explain: bool) -> None:
    """Extract the article (headline, standfirst, authors, date, key points,
    captions, body) from a web page or from text copied off one.

    FILE is an HTML or text file, optionally gzipped; "-" or no FILE reads
    standard input when it is a pipe.
    """
    if input_path is None:
        if sys.stdin.isatty():
            raise click.UsageError("give a FILE, or pipe a page into standard input")
        input_path = "-"
    from .api import extract
    from .output import render
    from .source import InputError, read_path

    label = "standard input" if input_path == "-" else input_path
    options = Options(
        input_type=input_type,
        url=url,
        favor=Favor(favor),
        include_comments=comments,
        source_path=None if input_path == "-" else input_path,
    )
    try:
        article = extract(read_path(input_path), options=options)
    except InputError as error:
        _fail(f"{label}: {error}")
    except RecursionError:
        _fail(f"{label}: the page is nested too deeply to process")
    except MemoryError:
        _fail(f"{label}: not enough memory to process the page")
    for warning in article.warnings:
        click.echo(f"artextract: {label}: warning: {warning}", err=True)
    if explain:
        from .explain import explain_article

        explain_article(article)
    text = render(article, fmt)
    if output:
        from .files import atomic_write

        try:
            atomic_write(output, text)
        except OSError as error:
            _fail(f"{output}: cannot write: {error.strerror or error}")
    else:
        sys.stdout.write(text)


def _fail(message: str) -> None:
    click.echo(f"artextract: {message}", err=True)
    sys.exit(1)
