import torch

scalar = torch.tensor(3.5)
vector = torch.tensor([1.0, 2.0, 3.0])
matrix = torch.tensor([[1, 2, 3], [4, 5, 6]])
images = torch.zeros(2, 3, 4)  # e.g. 2 grey images of 3x4 pixels

for name, t in [("scalar", scalar), ("vector", vector), ("matrix", matrix), ("images", images)]:
    print(f"{name:7} ndim={t.ndim}  shape={t.shape}")
