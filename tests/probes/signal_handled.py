import os
import signal

signal.signal(signal.SIGUSR1, lambda number, frame: print("handled", signal.Signals(number).name))
os.kill(os.getpid(), signal.SIGUSR1)
print("still running")
