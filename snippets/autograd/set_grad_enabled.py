import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])

for is_training in (True, False):
    with torch.set_grad_enabled(is_training):  # one code path for train and eval
        loss = (w * x).sum()
    print(f"is_training={is_training}: loss.requires_grad={loss.requires_grad}")

print("grad mode now:", torch.is_grad_enabled())
