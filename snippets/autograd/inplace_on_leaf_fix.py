import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

with torch.no_grad():  # an update that autograd must not record
    w.add_(1.0)
    w[0] = 0.0

print("w:", w)
print("still a leaf:", w.is_leaf, "| requires_grad:", w.requires_grad)
