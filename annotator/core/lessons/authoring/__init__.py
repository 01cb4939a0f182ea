"""Making a lesson in the app: from saved web pages, text files or pasted text to a lesson pack.

The teacher's steps, each a module of its own and none of them Qt:

* :mod:`.source_bytes` reads a file the teacher chose (bounded, its kind sniffed, its encoding
  found) and refuses what is not a page or a text with a message that names it;
* :mod:`.html_article` extracts the article and its metadata from a saved page (trafilatura,
  given the page's text: nothing is ever fetched), :mod:`.text_article` reads a ``.txt`` or
  ``.md`` capture;
* :mod:`.draft` holds the result as paragraphs the teacher keeps, removes, splits or marks as a
  caption, never rewrites, and writes it as an article of the pack format;
* :mod:`.lesson_draft` is the whole lesson (articles, instructions, key), checked with every
  problem listed, and :mod:`.pack_writer` saves it as a pack folder, all or nothing;
* :mod:`.key_spans` turns the teacher's tags into key spans whose ``exact`` and ``prefix`` the
  app writes itself; :mod:`.starter` writes the first instructions from the lesson's own words.
"""
