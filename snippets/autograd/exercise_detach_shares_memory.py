import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
frozen = w.detach()
frozen[0] = 100.0

print("w:", w)
print("frozen.requires_grad:", frozen.requires_grad)
