# raises: RuntimeError
import torch
from torch.utils.data import DataLoader

# sentences as token ids, of different lengths, each with a label
samples = [
    (torch.tensor([4, 8, 15]), 0),
    (torch.tensor([16, 23]), 1),
    (torch.tensor([42, 7, 9, 1]), 1),
    (torch.tensor([3]), 0),
]
loader = DataLoader(samples, batch_size=2)  # any object with __len__ and __getitem__ is a dataset
for tokens, labels in loader:
    print(tokens.shape, labels)
