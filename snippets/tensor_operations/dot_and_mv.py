import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([4.0, 5.0, 6.0])
A = torch.tensor([[1.0, 0.0, 2.0],
                  [0.0, 1.0, 0.0]])

print("dot(x, y):  ", torch.dot(x, y))  # 1·4 + 2·5 + 3·6
print("(x * y).sum:", (x * y).sum())    # the same, spelled out
print("mv(A, x):   ", torch.mv(A, x))   # (2, 3) matrix times (3,) vector: shape (2,)
print("A @ x:      ", A @ x)
