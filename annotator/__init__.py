"""Annotator: close reading of the news for media-literacy classes."""

# Read by the build (pyproject: tool.hatch.version) and at run time; a literal, not
# importlib.metadata, which would cost start-up time on every launch.
__version__ = "0.1.0"
