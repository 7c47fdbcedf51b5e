"""artextract: the article from a web page or its copied text, as structured data.

    >>> from artextract import extract
    >>> article = extract(open("page.html", "rb").read())
    >>> article.headline, article.to_dict()["body"]
"""

from .api import extract
from .article import Article, Caption, Source
from .options import Favor, Options
from .source import InputError

__version__ = "0.1.0"

__all__ = ["extract", "Article", "Caption", "Source", "Options", "Favor", "InputError", "__version__"]
