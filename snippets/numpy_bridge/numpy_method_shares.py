import torch

x = torch.arange(4.0)
arr = x.numpy()

x[1:3] = -1.0  # write through the tensor...
print("array:", arr)

arr *= 10  # ...and in place through the array
print("tensor:", x)
