# raises: RuntimeError
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w.exp() * 3).sum()

loss.backward()
print("first backward ok:", w.grad)
loss.backward()  # same graph again: its saved tensors are already freed
