"""The knowledge artextract runs on, kept as data in one place.

Every phrase list, class/id token, marker and weight lives in this package,
each entry with a one-line reason, so the pipelines stay algorithms and a rule
can be reviewed (and measured) without reading code:

- `text.py`     what lines of page text mean: boilerplate phrases, bullets,
                caption credits, key-point labels, dateline and prose shape.
- `dom.py`      what HTML structure means: class/id tokens, tag roles, weights.
- `metadata.py` bylines, author-name noise, month names, meta tag priorities.
"""
