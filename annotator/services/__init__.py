"""Services: the operations the GUI and the CLI share. They hold no Qt and no argument parsing."""
