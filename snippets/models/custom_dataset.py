import torch
from torch.utils.data import Dataset


class Squares(Dataset):
    """The numbers 0, 1, ..., n - 1 and their squares, made when asked for."""

    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, index):
        x = torch.tensor([float(index)])
        return x, x**2


dataset = Squares(10)
print("len(dataset):", len(dataset))
print("dataset[3]:", dataset[3])
x, y = dataset[9]
print("x:", x, "y:", y)
