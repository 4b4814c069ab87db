import multiprocessing


def greet(name):
    print(f"hello from {name}", flush=True)


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        process = multiprocessing.get_context(method).Process(target=greet, args=(method,))
        process.start()
        process.join()
        print(method, "exit code", process.exitcode)
