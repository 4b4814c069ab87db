import os
import signal

print("terminating myself", flush=True)
os.kill(os.getpid(), signal.SIGTERM)  # ends here
