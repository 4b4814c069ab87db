# raises: RuntimeError
import torch

scores = torch.tensor([0.2, 0.9, 0.5, 0.7, 0.4])

# Python's `and` needs one True or False, and five comparisons are not one.
in_range = (scores > 0.3) and (scores < 0.8)
