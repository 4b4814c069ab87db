import torch

x = torch.tensor([[1, 2, 3],
                  [4, 5, 6],
                  [7, 8, 9]])

print("x[x > 4]:", x[x > 4])  # a mask of x's full shape: a flat vector of elements

big_rows = x.sum(dim=1) > 10  # one bool per row: shape (3,)
print("big_rows:", big_rows)
print("x[big_rows]:", x[big_rows])  # a mask over dim 0 only: whole rows, shape (2, 3)
