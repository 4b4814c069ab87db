import torch

x = torch.arange(12).reshape(3, 4)
print(x)

print("x[0]:    ", x[0])        # first row
print("x[-1]:   ", x[-1])       # last row
print("x[1, 2]: ", x[1, 2])     # one element, still a (0-dim) tensor
print("x[:, 1]: ", x[:, 1])     # second column
print("x[x > 8]:", x[x > 8])    # boolean mask: a flat vector
print("x[1:, ::2]: rows 1 and on, every other column")
print(x[1:, ::2])
