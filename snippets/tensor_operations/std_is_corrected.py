import numpy as np
import torch

heights = torch.tensor([1.0, 2.0, 3.0, 4.0])

print("torch std:              ", heights.std())           # divides by n - 1
print("numpy std:              ", np.std(heights.numpy()))  # divides by n
print("torch std(correction=0):", heights.std(correction=0))
