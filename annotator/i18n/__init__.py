"""The app's translations: ``annotator_<language>.ts`` (Qt Linguist's source, kept in git) and the
``.qm`` files Qt loads, compiled from them (:mod:`annotator.i18n.build`)."""
