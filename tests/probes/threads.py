import threading
import time


def work(number, results):
    results[number] = number * 10


results = {}
threads = [threading.Thread(target=work, args=(n, results)) for n in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(sorted(results.items()))


def late():
    time.sleep(0.3)
    print("a thread finishing after the main module")


threading.Thread(target=late).start()
print("main module done")
