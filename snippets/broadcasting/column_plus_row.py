import torch

column = torch.arange(4).reshape(4, 1)  # shape (4, 1)
row = torch.arange(5).reshape(1, 5) * 10  # shape (1, 5)

table = column + row
print("shape:", table.shape)
print(table)
