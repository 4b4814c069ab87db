# raises: ValueError
print("about to fail")
raise ValueError("an uncaught exception")  # ends here
