import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.zeros(2, 3, 4, device=device)

print("shape:  ", x.shape)
print("size(): ", x.size())
print("size(1):", x.size(1))
print("a tuple:", isinstance(x.shape, tuple))
rows, cols, depth = x.shape  # unpacks like any tuple
print("rows, cols, depth:", rows, cols, depth)
print("ndim:   ", x.ndim)
print("numel:  ", x.numel())
print("dtype:  ", x.dtype)
print("device: ", x.device)
