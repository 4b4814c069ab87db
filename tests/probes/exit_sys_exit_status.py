# raises: SystemExit
import sys

print("stopping with status 3")
sys.exit(3)  # ends here
