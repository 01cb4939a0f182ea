"""Loading lesson packs: the built-in pack, the published schemas, and the messages a teacher
gets for every kind of broken pack. Packs are real files written to ``tmp_path`` and real zips
made with zipfile; nothing is mocked, since the point is what a teacher's files really do."""

from __future__ import annotations

import json
import random
import re
import shutil
import tomllib
import zipfile
from pathlib import Path

import jsonschema
import pytest

from annotator.core.lessons.builtin import builtin_lesson_path, content_root
from annotator.core.lessons.instructions import render_instructions
from annotator.core.lessons.pack import (
    FRONT_MATTER,
    MAX_TEXT_BYTES,
    PackError,
    load_pack,
    validate_pack,
)
from annotator.core.lessons.tags import DEFAULT_TAGS

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "annotator" / "schemas"
LESSON_FOLDERS = sorted(path.parent for path in (ROOT / "lessons").glob("*/lesson.toml"))
MiB = 1024 * 1024

# ---------------------------------------------------------------------------------------------
# A small valid pack, written file by file; each test changes what it needs.

LESSON = """\
format = 1
id = "tiny-lesson"
version = "1.0"
title = "A tiny lesson"
instructions = "instructions.md"
key = "key.toml"

[[articles]]
id = "one"
file = "articles/one.md"

[[articles]]
id = "two"
file = "articles/two.md"
"""

ARTICLE_ONE = """\
+++
outlet = "The Daily Example"
headline = "Council approves new bridge"
+++

The council voted 7 to 2 on Tuesday to build a **new bridge**, a project critics call a vanity
scheme.

::: caption
The old bridge in 1950.
:::
"""

ARTICLE_TWO = """\
+++
outlet = "Example Weekly"
+++

The mayor said the bridge would "transform the town". The bridge will cost $4 million. The
bridge opens in 2027, and The bridge club is delighted.
"""

KEY = """\
format = 1

[[spans]]
article = "one"
tag = "FACT"
exact = "The council voted 7 to 2 on Tuesday"
note = "A vote count and a day: both can be checked."

[[spans]]
article = "one"
tag = "FRAMING"
exact = "vanity scheme"
"""

FILES: dict[str, str | bytes] = {
    "lesson.toml": LESSON,
    "instructions.md": "Tag every claim.\n",
    "articles/one.md": ARTICLE_ONE,
    "articles/two.md": ARTICLE_TWO,
    "key.toml": KEY,
}


def write_pack(root: Path, changes: dict[str, str | bytes | None] | None = None) -> Path:
    """Write the small pack into ``root`` with ``changes`` applied (None deletes a file)."""
    for name, content in {**FILES, **(changes or {})}.items():
        if content is None:
            continue
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return root


def pack_error(path: Path) -> str:
    """The message of the PackError that ``path`` raises; validate_pack must list the same."""
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert validate_pack(path) == caught.value.problems
    message = str(caught.value)
    assert message.startswith(f"The lesson pack {path} cannot be opened:")
    return message


def zip_folder(folder: Path, out: Path, extra: dict[str, Path] | None = None) -> Path:
    """Zip a pack folder by hand, as a teacher would; ``extra`` adds files from elsewhere."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
        for name, path in (extra or {}).items():
            archive.write(path, name)
    return out


def builtin_key() -> dict:
    manifest = tomllib.loads((builtin_lesson_path() / "lesson.toml").read_text("utf-8"))
    return tomllib.loads((builtin_lesson_path() / manifest["key"]).read_text("utf-8"))


# ---------------------------------------------------------------------------------------------
# The built-in pack


def test_the_builtin_pack_loads_with_its_three_articles_and_key() -> None:
    lesson = load_pack(builtin_lesson_path())
    assert [article.id for article in lesson.articles] == ["nbc-news", "independent", "daily-kos"]
    assert [article.outlet for article in lesson.articles] == [
        "NBC News",
        "The Independent",
        "Daily Kos",
    ]
    assert len(lesson.key) >= 25
    assert lesson.tags == DEFAULT_TAGS
    assert lesson.tags.names == ("FACT", "QUOTE", "FRAMING")
    assert lesson.content_hash.startswith("sha256:")


def test_every_key_quote_of_the_builtin_pack_is_word_for_word_in_its_article() -> None:
    lesson = load_pack(builtin_lesson_path())
    entries = builtin_key()["spans"]
    assert len(entries) == len(lesson.key)
    for entry, span in zip(entries, lesson.key, strict=True):
        text = lesson.article(entry["article"]).text.text
        assert entry["exact"] in text, entry["exact"]
        assert text[span.position.start : span.position.end] == entry["exact"]
        assert span.quote.exact == entry["exact"]
        assert span.tag in lesson.tags


def test_every_lesson_in_the_repository_validates() -> None:
    assert LESSON_FOLDERS, "no lessons/*/lesson.toml found"
    for folder in LESSON_FOLDERS:
        assert validate_pack(folder) == [], folder


# ---------------------------------------------------------------------------------------------
# The published JSON Schemas, applied with jsonschema directly


def published_schema(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("folder", LESSON_FOLDERS, ids=lambda folder: folder.name)
def test_lessons_keys_and_articles_match_the_published_schemas(folder: Path) -> None:
    manifest = tomllib.loads((folder / "lesson.toml").read_text("utf-8"))
    published_schema("manifest").validate(manifest)
    if "key" in manifest:
        key = tomllib.loads((folder / manifest["key"]).read_text("utf-8"))
        published_schema("key").validate(key)
    for entry in manifest["articles"]:
        inside = folder / entry["file"]
        path = inside if inside.is_file() else content_root() / entry["file"]
        match = FRONT_MATTER.match(path.read_text("utf-8"))
        assert match, path
        published_schema("article").validate(tomllib.loads(match.group(1)))


def test_the_schemas_refuse_what_the_loader_refuses() -> None:
    """The schemas are what other tools see; they must not be laxer than the app."""
    manifest = tomllib.loads(LESSON)
    assert published_schema("manifest").is_valid(manifest)
    assert not published_schema("manifest").is_valid({**manifest, "colour": "red"})
    assert not published_schema("manifest").is_valid({**manifest, "version": 1})
    too_many = [{"name": f"T{n}", "colour": "#000000"} for n in range(10)]
    assert not published_schema("manifest").is_valid({**manifest, "tags": too_many})
    assert not published_schema("key").is_valid({"format": 2, "spans": []})


# ---------------------------------------------------------------------------------------------
# Broken packs: each message names the file, the field or line, and what is wrong

TEN_TAGS = "".join(
    f'[[tags]]\nname = "TAG{n}"\ncolour = "#00000{n}"\n\n' for n in range(10)
).replace("[[tags]]", "\n[[tags]]")

BROKEN: list[tuple[str, dict[str, str | bytes | None], list[str]]] = [
    (
        "malformed TOML",
        {"lesson.toml": LESSON.replace('title = "A tiny lesson"', 'title = "A tiny lesson')},
        ["lesson.toml: not valid TOML", "(at line 4, column"],
    ),
    (
        "missing field",
        {"lesson.toml": LESSON.replace('title = "A tiny lesson"\n', "")},
        ["lesson.toml: 'title' is missing"],
    ),
    (
        "unknown field",
        {"lesson.toml": LESSON.replace("format = 1\n", 'format = 1\ncolour = "red"\n')},
        ["lesson.toml: unknown field(s) colour; allowed here: format, id, version"],
    ),
    (
        "wrong type",
        {"lesson.toml": LESSON.replace('version = "1.0"', "version = 1.0")},
        ["lesson.toml: version: 1.0 should be of type string"],
    ),
    (
        "id not allowed",
        {"lesson.toml": LESSON.replace('id = "tiny-lesson"', 'id = "Tiny Lesson"')},
        ["lesson.toml: id: 'Tiny Lesson' is not allowed: lower-case letters"],
    ),
    (
        "duplicate article ids",
        {"lesson.toml": LESSON.replace('id = "two"', 'id = "one"')},
        ["lesson.toml: articles[1].id: duplicate article id 'one'"],
    ),
    (
        "manifest names a missing file",
        {"articles/two.md": None},
        ["articles/two.md: the article named in lesson.toml is not in the pack; add it"],
    ),
    (
        "missing instructions",
        {"instructions.md": None},
        ["instructions.md: the instructions file named in lesson.toml is not in the pack"],
    ),
    (
        "non-UTF-8 article",
        {"articles/two.md": ARTICLE_TWO.replace("mayor", "maire é").encode("latin-1")},
        ["articles/two.md: not UTF-8 text (byte 0xe9 on line 5); save the file as UTF-8"],
    ),
    (
        "article with front matter and no text",
        {"articles/two.md": '+++\noutlet = "Example Weekly"\n+++\n\n\n'},
        ["articles/two.md: the article has no text; paste the article's body"],
    ),
    (
        "empty article file",
        {"articles/two.md": ""},
        ["articles/two.md: the article needs front matter between '+++' lines"],
    ),
    (
        "article front matter with an unknown field",
        {"articles/one.md": ARTICLE_ONE.replace("+++\n\n", 'author = "Me"\n+++\n\n')},
        ["articles/one.md: unknown field(s) author; allowed here: outlet, headline"],
    ),
    (
        "article front matter without outlet",
        {"articles/two.md": ARTICLE_TWO.replace('outlet = "Example Weekly"', 'byline = "X"')},
        ["articles/two.md: 'outlet' is missing"],
    ),
    (
        "unclosed caption fence",
        {"articles/one.md": ARTICLE_ONE.removesuffix(":::\n")},
        ["articles/one.md: line 9: '::: caption' is never closed with ':::'"],
    ),
    (
        "unknown fence kind",
        {"articles/one.md": ARTICLE_ONE.replace("::: caption", "::: sidebar")},
        ["articles/one.md: line 9: unknown block kind '::: sidebar'"],
    ),
    (
        "stray emphasis mark",
        {"articles/one.md": ARTICLE_ONE.replace("vanity\n", "5* vanity\n")},
        ["articles/one.md: line 6: '*' opens emphasis that is never closed"],
    ),
    (
        "key quote not in the article",
        {"key.toml": KEY.replace("7 to 2", "9 to 0")},
        [
            "key.toml: spans[0].exact: the quote 'The council voted 9 to 0 on Tuesday' is not in "
            "article 'one' word for word",
        ],
    ),
    (
        "key quote across a line break of the source",
        {"key.toml": KEY.replace('"vanity scheme"', '"vanity\\nscheme"')},
        ["key.toml: spans[1].exact: the quote 'vanity\\nscheme' is not in article 'one'"],
    ),
    (
        "ambiguous key quote",
        {"key.toml": KEY + '\n[[spans]]\narticle = "two"\ntag = "FACT"\nexact = "The bridge"\n'},
        [
            "key.toml: spans[2].exact: the quote 'The bridge' occurs 3 times in article 'two'; "
            "add a prefix or suffix to say which",
        ],
    ),
    (
        "unknown tag in the key",
        {"key.toml": KEY.replace('tag = "FRAMING"', 'tag = "OPINION"')},
        ["key.toml: spans[1]: no tag 'OPINION' (known: FACT, QUOTE, FRAMING)"],
    ),
    (
        "key names an unknown article",
        {"key.toml": KEY.replace('article = "one"', 'article = "three"', 1)},
        ["key.toml: spans[0]: no article 'three' (known: one, two)"],
    ),
    (
        "key of another format",
        {"key.toml": KEY.replace("format = 1", "format = 2")},
        ["key.toml: format: 2 is not allowed: the key format version; this app reads format 1"],
    ),
    (
        "more than 9 tags",
        {"lesson.toml": LESSON.replace("\n[[articles]]", TEN_TAGS + "[[articles]]", 1)},
        ["lesson.toml: tags: has 10 entries", "at most 9 are allowed"],
    ),
]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_a_broken_pack_is_refused_with_a_message_naming_file_field_and_problem(
    tmp_path: Path, changes: dict[str, str | bytes | None], expected: list[str]
) -> None:
    message = pack_error(write_pack(tmp_path / "pack", changes))
    for fragment in expected:
        assert fragment in message


def test_every_problem_is_listed_not_just_the_first(tmp_path: Path) -> None:
    pack = write_pack(
        tmp_path / "pack",
        {
            "instructions.md": None,
            "articles/two.md": b"+++\noutlet = '\xff'\n+++\n",
            "key.toml": KEY.replace("7 to 2", "9 to 0"),
        },
    )
    problems = validate_pack(pack)
    assert [problem.file for problem in problems] == [
        "instructions.md",
        "articles/two.md",
        "key.toml",
    ]


def test_a_folder_without_a_manifest_says_what_it_found(tmp_path: Path) -> None:
    message = pack_error(write_pack(tmp_path / "pack", {"lesson.toml": None}))
    assert "lesson.toml: a lesson pack needs lesson.toml at its top level (found: articles/" in (
        message
    )


def test_a_pack_that_does_not_exist_is_named(tmp_path: Path) -> None:
    message = pack_error(tmp_path / "nowhere")
    assert f"{tmp_path / 'nowhere'}: no such file or folder" in message


def test_a_prefix_tells_an_ambiguous_quote_apart(tmp_path: Path) -> None:
    span = (
        '\n[[spans]]\narticle = "two"\ntag = "FACT"\nexact = "The bridge"\nprefix = "million. "\n'
    )
    lesson = load_pack(write_pack(tmp_path / "pack", {"key.toml": KEY + span}))
    located = lesson.key[2]
    text = lesson.article("two").text.text
    # The source breaks the line after "The"; the text joins it with one space.
    assert text[located.position.start :].startswith("The bridge opens in 2027")


def test_the_small_pack_loads_with_plain_text_as_documented(tmp_path: Path) -> None:
    """Headline first, paragraph lines joined by one space, inline marks dropped, captions kept
    as blocks of their own, blocks joined by one newline."""
    lesson = load_pack(write_pack(tmp_path / "pack"))
    assert lesson.article("one").text.text == (
        "Council approves new bridge\n"
        "The council voted 7 to 2 on Tuesday to build a new bridge, a project critics call a "
        "vanity scheme.\n"
        "The old bridge in 1950."
    )
    assert [block.kind for block in lesson.article("one").text.blocks] == [
        "headline",
        "paragraph",
        "caption",
    ]
    assert [span.tag for span in lesson.key] == ["FACT", "FRAMING"]
    assert lesson.key[0].note.startswith("A vote count")
    assert lesson.key[1].points == 1.0


def test_a_pack_saved_with_windows_line_endings_loads_to_the_same_text(tmp_path: Path) -> None:
    """Notepad saves CRLF; the front matter, the TOML files and the text must not care."""
    crlf = {
        name: content.replace("\n", "\r\n")
        for name, content in FILES.items()
        if isinstance(content, str)
    }
    windows, unix = (
        load_pack(write_pack(tmp_path / "crlf", crlf)),
        load_pack(write_pack(tmp_path / "lf")),
    )
    assert [a.text.text for a in windows.articles] == [a.text.text for a in unix.articles]
    assert [a.headline for a in windows.articles] == [a.headline for a in unix.articles]
    assert [s.position for s in windows.key] == [s.position for s in unix.key]


def test_a_custom_tag_set_is_loaded_and_used(tmp_path: Path) -> None:
    tags = """
[[tags]]
name = "FACT"
colour = "#8fd3ff"

[[tags]]
name = "OPINION"
label = "Opinion"
colour = "#c3e88d"
underline = "dashed"
description = "The writer's own view."

"""
    lesson_toml = LESSON.replace("\n[[articles]]", tags + "[[articles]]", 1)
    key = KEY.replace('tag = "FRAMING"', 'tag = "OPINION"')
    lesson = load_pack(write_pack(tmp_path / "pack", {"lesson.toml": lesson_toml, "key.toml": key}))
    assert lesson.tags.names == ("FACT", "OPINION")
    opinion = lesson.tags.get("OPINION")
    assert opinion is not None
    assert (opinion.label, opinion.colour, opinion.underline) == ("Opinion", "#c3e88d", "dashed")
    assert lesson.tags.get("FACT").label == "Fact"  # the label defaults to the name, title-cased
    assert lesson.tags.by_key(2) == opinion
    assert [span.tag for span in lesson.key] == ["FACT", "OPINION"]

    # With its own tag set, a pack no longer has the default tags.
    message = pack_error(
        write_pack(tmp_path / "other", {"lesson.toml": lesson_toml, "key.toml": KEY})
    )
    assert "key.toml: spans[1]: no tag 'FRAMING' (known: FACT, OPINION)" in message


def test_nine_tags_are_allowed(tmp_path: Path) -> None:
    nine = "".join(f'\n[[tags]]\nname = "TAG{n}"\ncolour = "#00000{n}"\n' for n in range(9))
    lesson_toml = LESSON.replace("\n[[articles]]", nine + "\n[[articles]]", 1)
    lesson_toml = lesson_toml.replace('key = "key.toml"\n', "")  # a pack without a key
    lesson = load_pack(
        write_pack(tmp_path / "pack", {"lesson.toml": lesson_toml, "key.toml": None})
    )
    assert lesson.key == ()
    assert len(lesson.tags) == 9


# ---------------------------------------------------------------------------------------------
# Zips


def test_the_builtin_pack_zipped_by_hand_loads_with_the_folders_content_hash(
    tmp_path: Path,
) -> None:
    folder = builtin_lesson_path()
    manifest = tomllib.loads((folder / "lesson.toml").read_text("utf-8"))
    library = {entry["file"]: content_root() / entry["file"] for entry in manifest["articles"]}
    archive = zip_folder(folder, tmp_path / "ice-releases.zip", extra=library)
    from_zip, from_folder = load_pack(archive), load_pack(folder)
    assert from_zip.content_hash == from_folder.content_hash
    assert len(from_zip.key) == len(from_folder.key)
    assert [a.text.text for a in from_zip.articles] == [a.text.text for a in from_folder.articles]


def test_a_zip_of_the_folder_itself_loads_like_a_zip_of_its_content(tmp_path: Path) -> None:
    """Teachers zip the folder or its content; both must open, with the same hash."""
    pack = write_pack(tmp_path / "tiny")
    inner = zip_folder(pack, tmp_path / "content.zip")
    outer = tmp_path / "folder.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        for path in sorted(pack.rglob("*")):
            archive.write(path, path.relative_to(tmp_path).as_posix())
    hashes = {load_pack(path).content_hash for path in (pack, inner, outer)}
    assert len(hashes) == 1


def _zip_slip(path: Path) -> None:
    zip_folder(write_pack(path.parent / "slip"), path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("../../evil.md", "gotcha")


def _encrypted(path: Path) -> None:
    """Set the "encrypted" flag bit of every entry, in its local header and in the central
    directory (zipfile cannot write encrypted entries; a hostile tool can)."""
    zip_folder(write_pack(path.parent / "secret"), path)
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        for match in re.finditer(re.escape(signature), data):
            data[match.start() + offset] |= 0x1
    path.write_bytes(data)


def _truncated(path: Path) -> None:
    zip_folder(write_pack(path.parent / "cut"), path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _not_a_zip(path: Path) -> None:
    path.write_text("This is a Word document, honestly.\n", encoding="utf-8")


def _zip_bomb(path: Path) -> None:
    zip_folder(write_pack(path.parent / "bomb"), path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("articles/huge.md", bytes(20 * MiB))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_zip_slip, "the entry '../../evil.md' points outside the pack"),
        (_encrypted, "is password-protected"),
        (_truncated, "is not a zip file, or is damaged"),
        (_not_a_zip, "is not a zip file, or is damaged"),
        (_zip_bomb, "the entry 'articles/huge.md' unpacks to more than 16 MiB"),
    ],
    ids=["zip-slip", "encrypted", "truncated", "not-a-zip", "zip-bomb"],
)
def test_a_hostile_or_damaged_zip_is_refused_naming_the_archive(
    tmp_path: Path, make, reason: str
) -> None:
    archive = tmp_path / "lesson-pack.zip"
    make(archive)
    message = pack_error(archive)
    assert "lesson-pack.zip: The lesson pack 'lesson-pack.zip' was not opened because " in message
    assert reason in message
    assert not (tmp_path.parent / "evil.md").exists()


# ---------------------------------------------------------------------------------------------
# Instructions


HOSTILE_INSTRUCTIONS = """\
# Read carefully

<script>alert("script")</script>

[a javascript link](javascript:alert('link'))
and <a href="JaVaScRiPt:alert('raw')">a raw one</a>.

<div onclick="alert('div')">raw HTML</div>
<iframe src="https://evil.example/frame"></iframe>
<p style="background: url(https://evil.example/bg)" onmouseover="alert('p')">styled</p>

![remote](https://evil.example/pixel.png)
![local](file:///etc/passwd)
![relative](../../secret.png)
<img src="x" onerror="alert('img')">
<svg onload="alert('svg')"></svg>

A [fine link](https://example.org/) stays as **text** students can read.
"""


def test_instructions_from_a_pack_are_sanitised(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", {"instructions.md": HOSTILE_INSTRUCTIONS})
    html = render_instructions(load_pack(pack).instructions_markdown)
    lowered = html.lower()
    for forbidden in ("<script", "javascript:", "<img", "<iframe", "<svg", "style=", "alert"):
        assert forbidden not in lowered, forbidden
    assert not re.search(r"<[^>]*\son[a-z]+\s*=", lowered)
    assert "evil.example" not in lowered
    assert "file:" not in lowered and "secret.png" not in lowered
    assert "<h1>Read carefully</h1>" in html
    assert '<a href="https://example.org/" rel="noopener noreferrer">fine link</a>' in html
    assert "<strong>text</strong>" in html


# ---------------------------------------------------------------------------------------------
# Size limits


def generated_article(size: int, seed: int = 2025) -> str:
    """An article of about ``size`` bytes of varied words, in paragraphs, as text really is."""
    rng = random.Random(seed)
    words = ["the", "agency", "said", "released", "migrants", "court", "order", "beds", "arrest"]
    paragraphs, length = [], 0
    while length < size:
        paragraph = " ".join(rng.choice(words) for _ in range(80)) + "."
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return '+++\noutlet = "Generated"\n+++\n\n' + "\n\n".join(paragraphs) + "\n"


def test_an_article_of_five_megabytes_loads(tmp_path: Path) -> None:
    """5 MB is under the 8 MiB limit for one file (MAX_TEXT_BYTES): it loads, in a second or so."""
    article = generated_article(5 * 1000 * 1000)
    assert 5_000_000 <= len(article.encode()) < MAX_TEXT_BYTES
    lesson = load_pack(write_pack(tmp_path / "pack", {"articles/two.md": article}))
    assert lesson.article("two").text.word_count > 500_000


def test_an_article_over_the_size_limit_is_refused_naming_the_limit(tmp_path: Path) -> None:
    article = generated_article(MAX_TEXT_BYTES + 1000)
    message = pack_error(write_pack(tmp_path / "pack", {"articles/two.md": article}))
    assert "articles/two.md: larger than the 8 MB limit for one file" in message


# ---------------------------------------------------------------------------------------------
# The example pack in docs/lesson-packs.md is a real, working pack

DOCS = ROOT / "docs" / "lesson-packs.md"
EXAMPLE_FILE = re.compile(
    r"^#### `example-pack/(?P<name>[^`]+)`\n\n```[a-z]*\n(?P<body>.*?)^```$", re.M | re.S
)


def docs_example_files() -> dict[str, str]:
    return {m["name"]: m["body"] for m in EXAMPLE_FILE.finditer(DOCS.read_text("utf-8"))}


def test_the_documented_example_pack_loads(tmp_path: Path) -> None:
    files = docs_example_files()
    assert {"lesson.toml", "instructions.md", "key.toml"} <= set(files)
    folder = tmp_path / "example-pack"
    for name, body in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(body, encoding="utf-8")
    lesson = load_pack(folder)
    manifest = tomllib.loads(files["lesson.toml"])
    assert [article.id for article in lesson.articles] == [a["id"] for a in manifest["articles"]]
    assert len(lesson.key) == len(tomllib.loads(files["key.toml"])["spans"])
    assert lesson.tags.names == tuple(tag["name"] for tag in manifest["tags"])


def test_the_docs_show_the_plain_text_the_example_article_gives(tmp_path: Path) -> None:
    """The docs print the canonical text of the example article; it must be what the app
    really derives, offsets and all."""
    docs = DOCS.read_text("utf-8")
    shown = re.search(r"<!-- canonical-text -->\n```text\n(?P<text>.*?)\n```", docs, re.S)
    assert shown, "docs/lesson-packs.md lost its canonical text example"
    files = docs_example_files()
    folder = tmp_path / "example-pack"
    for name, body in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(body, encoding="utf-8")
    lesson = load_pack(folder)
    assert lesson.articles[0].text.text == shown["text"]


def test_the_docs_name_every_manifest_and_key_field() -> None:
    docs = DOCS.read_text("utf-8")
    for name in ("manifest", "key", "article"):
        schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text("utf-8"))
        fields = set(schema["properties"])
        for nested in schema["properties"].values():
            fields |= set(nested.get("items", {}).get("properties", {}))
        for field in sorted(fields):
            assert f"`{field}`" in docs, f"docs/lesson-packs.md does not describe `{field}`"
    for name in ("manifest", "key", "article"):
        assert f"annotator/schemas/{name}.schema.json" in docs


def test_the_library_lookup_only_applies_inside_lessons(tmp_path: Path) -> None:
    """A folder named like the built-in one but outside ``lessons/`` finds no shared articles."""
    copy = tmp_path / "elsewhere" / "ice-releases"
    shutil.copytree(builtin_lesson_path(), copy)
    shutil.copytree(content_root() / "articles", tmp_path / "elsewhere" / "articles")
    message = pack_error(copy)
    assert (
        "articles/nbc-news-2025-02-03.md: the article named in lesson.toml is not in the pack"
        in (message)
    )
    library = tmp_path / "lessons" / "ice-releases"
    shutil.copytree(builtin_lesson_path(), library)
    shutil.copytree(content_root() / "articles", tmp_path / "articles")
    assert load_pack(library).content_hash == load_pack(builtin_lesson_path()).content_hash
