"""The ``dialoog`` command: the GUI without arguments, subcommands for scripting."""
