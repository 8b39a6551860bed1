"""Build hook: show the docstrings' reStructuredText roles as plain code.

The package's docstrings write cross-references as ``:func:`name``` (Sphinx style). Markdown
renders that as ``:func:<code>name</code>``; this hook drops the role (and a leading ``~``), so
the API reference shows ``name`` in code font.
"""

from __future__ import annotations

import re

_ROLE = re.compile(r":(?:func|class|mod|meth|data|attr|exc|obj|const):(<code>)~?")


def on_page_content(html: str, **kwargs: object) -> str:
    return _ROLE.sub(r"\1", html)
