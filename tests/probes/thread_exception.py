import threading


def fail():
    raise ValueError("raised in a thread")


thread = threading.Thread(target=fail, name="worker")
thread.start()
thread.join()
print("the main thread carries on")
