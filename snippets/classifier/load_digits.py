import torch
from sklearn.datasets import load_digits

digits = load_digits()
print("images:", digits.images.shape, " flattened:", digits.data.shape, digits.data.dtype)
print("pixel values:", digits.data.min(), "to", digits.data.max())
print(digits.images[0].astype(int))
print("label of that image:", digits.target[0])

x = torch.from_numpy(digits.data)  # (1797, 64) float64
y = torch.from_numpy(digits.target)  # (1797,) int64
print("tensors:", x.shape, x.dtype, y.shape, y.dtype)
print("images per class:", torch.bincount(y).tolist())
