import os

print("leaving with os._exit(1)", flush=True)
os._exit(1)  # ends here
