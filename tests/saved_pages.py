"""Saved web pages made of the seed captures, as a browser's "Save Page As" would leave them:
the article's paragraphs inside a news site's furniture (navigation, a cookie banner, scripts
that would call out to the network, remote images, a figure with its caption, related links,
a footer), with the metadata outlets put in their ``<head>``."""

from __future__ import annotations

import html
from pathlib import Path


def page(
    paragraphs: list[str],
    *,
    title: str = "",
    outlet: str = "",
    author: str = "",
    date: str = "",
    url: str = "",
    charset: str = "utf-8",
    caption: str = "",
    padding: int = 0,
) -> str:
    """The page's HTML; ``padding`` adds that many bytes of inline script data, as news pages
    carry (state, analytics, ads), to make the page as large as real ones are."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    figure = ""
    if caption:
        figure = (
            '<figure><img src="https://media.example.com/photo.jpg" alt="">'
            f"<figcaption>{html.escape(caption)}</figcaption></figure>"
        )
    state = "x" * padding
    meta = []
    if outlet:
        meta.append(f'<meta property="og:site_name" content="{html.escape(outlet)}">')
    if author:
        meta.append(f'<meta name="author" content="{html.escape(author)}">')
    if date:
        meta.append(f'<meta property="article:published_time" content="{date}">')
    if url:
        meta.append(f'<link rel="canonical" href="{html.escape(url)}">')
    head_title = html.escape(title or "News")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>{head_title} - {html.escape(outlet)}</title>
{"".join(meta)}
<script src="https://ads.example.com/loader.js"></script>
<script>fetch("https://track.example.com/hit"); window.__STATE__ = "{state}";</script>
<link rel="stylesheet" href="https://cdn.example.com/site.css">
</head><body>
<header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a>
<a href="/opinion">Opinion</a></nav></header>
<div class="cookies">We use cookies to improve your experience. <button>Accept</button></div>
<main><article>
<h1>{html.escape(title)}</h1>
{figure}
{body}
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">A story about something else entirely</a></li>
<li><a href="/b">Another story you may like</a></li></ul></aside></main>
<footer><p>&copy; 2025 The outlet. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<img src="https://pixel.example.com/1x1.gif">
</body></html>"""


def seed_paragraphs(seed: Path) -> list[str]:
    return [p.strip() for p in seed.read_text("utf-8").split("\n\n") if p.strip()]


def save(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path
