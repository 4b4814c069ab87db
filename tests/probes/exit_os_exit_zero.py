import os

print("leaving with os._exit(0)", flush=True)
os._exit(0)
