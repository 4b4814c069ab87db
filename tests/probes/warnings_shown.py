import warnings

print("before")
warnings.warn("a user warning")
warnings.warn("deprecated here", DeprecationWarning)
print("after")
