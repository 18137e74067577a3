"""Snowball's Swedish stemmer, loaded without the rest of the snowballstemmer package.

`import snowballstemmer` imports the stemmers of all its 36 languages (or PyStemmer's C
library, when that happens to be installed): a tenth of what `samverkansbot ask` spends on
imports beyond SQLAlchemy, for one language. Here the package is registered without running
its `__init__`, so only `swedish_stemmer` and the two modules it builds on are imported. It is
also always the same pure-Python Swedish stemmer, whatever else is installed, so the terms in a
search index never depend on whether PyStemmer is present.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

PACKAGE = "snowballstemmer"


def swedish():
    """A new SwedishStemmer (one per thread: a stemmer keeps state while it works)."""
    return _module().SwedishStemmer()


def _module():
    name = f"{PACKAGE}.swedish_stemmer"
    if name in sys.modules or PACKAGE in sys.modules:
        return importlib.import_module(name)
    spec = importlib.util.find_spec(PACKAGE)  # finds the package; runs nothing of it
    if spec is None:
        raise ModuleNotFoundError(f"No module named {PACKAGE!r}", name=PACKAGE)
    # The package without its __init__, for as long as the submodule's own relative imports
    # need a parent; removed again, so that a later `import snowballstemmer` runs the real one
    # (which then finds the Swedish module already loaded).
    sys.modules[PACKAGE] = importlib.util.module_from_spec(spec)
    try:
        return importlib.import_module(name)
    finally:
        del sys.modules[PACKAGE]
