import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.no_grad():
    frozen = w * 2
    with torch.enable_grad():  # re-enable recording for this inner block only
        tracked = w * 2

print("frozen.requires_grad: ", frozen.requires_grad)
print("tracked.requires_grad:", tracked.requires_grad, "| grad_fn:", tracked.grad_fn)
