# raises: ValueError
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(42)
# A new dtype makes .to() copy on every device, as a new device does on a GPU
b = torch.randn(1, requires_grad=True).to(device, torch.float64)
print("is_leaf:", b.is_leaf, "grad_fn:", b.grad_fn)
optimizer = torch.optim.SGD([b], lr=0.1)
