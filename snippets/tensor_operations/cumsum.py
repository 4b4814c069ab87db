import torch

x = torch.tensor([[1, 2, 3],
                  [4, 5, 6]])

print(x.cumsum(dim=1))  # running totals along each row: the shape stays (2, 3)
print(x.cumsum(dim=0))  # down each column
print("last column is sum(dim=1):", torch.equal(x.cumsum(dim=1)[:, -1], x.sum(dim=1)))
