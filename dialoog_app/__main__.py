import sys

from dialoog_app.cli.main import main

sys.exit(main())
