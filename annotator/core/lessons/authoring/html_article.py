"""Extracting the article and its metadata from a saved web page, with trafilatura.

trafilatura is the maintained extractor that does best on news pages in the published
comparisons (ScrapingHub's article-extraction benchmark, its own evaluation): it finds the main
text among navigation, related links and comments, and reads the headline, outlet, author, date
(with htmldate) and canonical URL from the page's metadata. It is given the page's *text*,
never a URL, so it has nothing to fetch; its downloading functions are never called, and the
page's scripts and images are dropped with the rest of the markup, never run or loaded.

Captions: trafilatura drops ``<figcaption>``; they are news text a teacher may want (marked as
captions, or removed), so they are turned into paragraphs before extraction and marked as
captions after it.
"""

from __future__ import annotations

from annotator.core.lessons.authoring.draft import ArticleDraft, ArticleMeta, DraftParagraph
from annotator.core.lessons.authoring.source_bytes import SourceError, SourceText
from annotator.core.text.article_text import BlockKind

# Elements that never hold article text; removed before extraction (and never loaded).
_INERT = ("script", "style", "noscript", "iframe", "object", "embed", "img", "picture", "video",
          "audio", "source", "svg", "canvas", "template")  # fmt: skip


def extract_page(source: SourceText, article_id: str = "article") -> ArticleDraft:
    """The article of a saved page; :class:`SourceError` when the page holds none."""
    import trafilatura
    from lxml import etree

    tree = trafilatura.load_html(source.text)
    if tree is None:
        raise SourceError(source.origin, "this is not a web page that can be read (no HTML)")
    captions = _captions_as_paragraphs(tree, etree)
    # The article's text only, and more of it rather than less: what is still chrome is the
    # teacher's to untick, while a paragraph left out could not be brought back.
    document = trafilatura.bare_extraction(
        tree, with_metadata=True, favor_recall=True, deduplicate=False,
        include_comments=False, include_tables=False, include_images=False, include_links=False,
        # Dates from the page's markup only (meta tags, <time>): a search through its text
        # takes a copyright line's "© 2025" for the date the article was published.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )  # fmt: skip
    paragraphs = _paragraphs(document.body if document is not None else None, captions)
    if not paragraphs:
        raise SourceError(
            source.origin,
            "no article was found in this page (it may be a front page, a login page, or built "
            "by scripts when shown); open the article itself and save it again, or copy its "
            "text into a .txt file",
        )
    meta = ArticleMeta().changed(
        outlet=document.sitename or document.hostname or "",
        headline=document.title or "",
        byline=(document.author or "").replace("; ", ", "),
        published=document.date or "",
        source_url=document.url or "",
    )
    meta = _fit(meta)
    if meta.headline and paragraphs[0].text == meta.headline:
        paragraphs = paragraphs[1:]  # the page's own <h1>, which is the headline
    return ArticleDraft(
        id=article_id,
        meta=meta,
        paragraphs=tuple(paragraphs),
        origin=source.origin,
        method=f"trafilatura {trafilatura.__version__}",
    )


def _captions_as_paragraphs(tree, etree) -> set[str]:
    for element in tree.iter(*_INERT):
        element.drop_tree() if hasattr(element, "drop_tree") else _drop(element)
    captions = set()
    for caption in list(tree.iter("figcaption")):
        text = " ".join("".join(caption.itertext()).split())
        if text:
            captions.add(text)
            paragraph = etree.Element("p")
            paragraph.text = text
            # trafilatura leaves figures out whole: the caption takes the figure's place.
            parent = caption.getparent()
            if parent.tag == "figure" and parent.getparent() is not None:
                caption = parent
            paragraph.tail = caption.tail
            caption.getparent().replace(caption, paragraph)
    return captions


def _drop(element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _paragraphs(body, captions: set[str]) -> list[DraftParagraph]:
    if body is None:
        return []
    found: list[DraftParagraph] = []
    for element in body.iter("p", "head", "item", "quote", "cell"):
        if element.tag in ("quote", "item") and element.find(".//p") is not None:
            continue  # its paragraphs are listed themselves
        text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        if element.tag == "head":
            kind = BlockKind.HEADING
        elif text in captions:
            kind = BlockKind.CAPTION
        else:
            kind = BlockKind.PARAGRAPH
        found.append(DraftParagraph(text, kind))
    return found


def _fit(meta: ArticleMeta) -> ArticleMeta:
    """Metadata cut to the article format's limits (a page's title can be any length)."""
    from annotator.core.lessons.authoring.draft import META_LIMITS

    fitted = {name: getattr(meta, name)[:limit].rstrip() for name, limit in META_LIMITS.items()}
    return ArticleMeta(**fitted)
