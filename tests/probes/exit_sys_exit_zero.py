import sys

print("stopping early, successfully")
sys.exit(0)
print("never printed")
