import torch

counts = torch.tensor([3, 1, 4, 2])

frequencies = counts / counts.sum()  # true division gives float32, no cast needed
print(frequencies, frequencies.dtype)
print("sums to one:", torch.allclose(frequencies.sum(), torch.tensor(1.0)))
