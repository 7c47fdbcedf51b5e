"""The raw-text mode: `pipeline.extract_text` reads a page's text (lines -> blocks -> article
region -> shared classifier -> Article).

The package itself imports nothing: the HTML walk reads caption facts from `lines` (a picture's
credit under the text's end, a caption opened by its picture's place), and importing the package
must not load the raw-text region finder with them (about 1.7 MiB and its import time in every
HTML extraction)."""
