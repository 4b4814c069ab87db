import sys

print("∂ℓ/∂w = 2·(ŷ − y)·x", "🔥")
print("to stderr: ∑", file=sys.stderr)
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)
