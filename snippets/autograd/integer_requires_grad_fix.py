import torch

counts = torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True)
print(counts)

# An existing integer tensor: cast first, then ask for gradients.
labels = torch.tensor([0, 1, 1])
labels_float = labels.float().requires_grad_()
print(labels_float)
