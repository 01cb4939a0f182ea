"""Texts and anchoring: canonical article text with code point offsets, the W3C selectors that
name a span of it, and finding a span again when the text changes."""
