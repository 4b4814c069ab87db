# raises: KeyboardInterrupt
import os
import signal

print("interrupting myself")
os.kill(os.getpid(), signal.SIGINT)  # ends here
