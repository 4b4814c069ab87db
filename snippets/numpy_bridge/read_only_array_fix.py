import numpy as np
import torch

pixels = np.frombuffer(b"\x00\x10\x20\x30", dtype=np.uint8)

image = torch.from_numpy(pixels.copy())  # a writable copy that the tensor owns
image[0] = 255
print(image)
print("bytes untouched:", pixels)
