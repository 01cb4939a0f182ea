"""Lessons and packs: tags and their looks, the lesson (articles, instructions, answer key), and
reading, checking and building lesson packs (folders and zips)."""
