# raises: SystemExit
import sys

sys.exit("fatal: the data file is missing")  # ends here
