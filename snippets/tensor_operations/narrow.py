import torch

x = torch.arange(12).reshape(3, 4)

middle = x.narrow(1, 1, 2)  # along dim 1, from index 1, 2 columns: x[:, 1:3]
print(middle)
print("equals x[:, 1:3]:", torch.equal(middle, x[:, 1:3]))

middle[0, 0] = 100  # a view: the write reaches x
print("x[0]:", x[0])
