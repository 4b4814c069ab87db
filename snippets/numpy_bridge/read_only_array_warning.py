import numpy as np
import torch

pixels = np.frombuffer(b"\x00\x10\x20\x30", dtype=np.uint8)  # a view of immutable bytes
print("writeable:", pixels.flags.writeable)

image = torch.from_numpy(pixels)
print(image)
