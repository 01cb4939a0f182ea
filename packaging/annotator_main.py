"""The bundle's entry point: what ``annotator`` is in the PyInstaller build.

``freeze_support`` comes first: the class's PDF reports are printed by worker processes
(``annotator.qt.pdf_batch``, started with ``spawn``), and in a bundle each worker is this same
executable, which must become the worker instead of starting the app again.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from annotator.start import main

    main()
