"""A sentence of the core that remembers how it was made, so that the windows can say it in
their language.

The core imports no Qt and writes English: the reports, the exports and the CLI show its
sentences as they are. A :class:`Said` is that English string (a ``str``: it compares, prints,
slices and serialises as the plain text, byte for byte) that also keeps its **template**, a
module-level constant of the core such as ``"found {claim}, but another claim was credited
instead"``, and the **params** it was filled with. The Qt layer translates the template
(``annotator/qt/core_sentences.py`` lists every one for ``pyside6-lupdate``) and fills it with
the same params, each param that is itself a :class:`Said` said in the same language first.

A param is filled in as given: a tag's name (``FACT``, a key that is never translated), a
student's words, a number already written. Joining a ``Said`` to other text with ``+`` or an
f-string gives a plain ``str``, shown in English: build a larger sentence with a template whose
params are the smaller ones instead.
"""

from __future__ import annotations

from typing import Any


class Said(str):
    """The English text of ``template`` filled with ``params``, which remembers both."""

    __slots__ = ("params", "template")
    template: str
    params: tuple[tuple[str, str], ...]

    def __new__(cls, template: str, **params: str) -> Said:
        said = super().__new__(cls, template.format(**params) if params else template)
        said.template = template
        said.params = tuple(params.items())
        return said

    def __reduce__(self) -> tuple[Any, ...]:
        # Made again from its parts: the default would pass the text as the template, and a
        # student's "{" in a param would break it.
        return (_said, (self.template, self.params))


def _said(template: str, params: tuple[tuple[str, str], ...]) -> Said:
    return Said(template, **dict(params))


def said_join(first: str, rest: list[str], template: str) -> str:
    """``first``, then each of ``rest`` joined on by ``template`` (whose params are ``said`` and
    ``more``): "a; b; c" as a :class:`Said` for each step, or ``first`` alone."""
    text = first
    for more in rest:
        text = Said(template, said=text, more=more)
    return text
