import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.inference_mode():
    y = w * 2

print("y:", y)
print("y.requires_grad:", y.requires_grad)
print("y.is_inference():", y.is_inference())
