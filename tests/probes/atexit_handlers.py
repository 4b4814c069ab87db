import atexit

atexit.register(print, "atexit: the last word")
print("main module done", __name__)
