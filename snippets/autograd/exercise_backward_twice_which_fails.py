# raises: RuntimeError
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

shifted = (w - 1).sum()
shifted.backward()
shifted.backward()
print("shifted: second backward worked, w.grad =", w.grad)

doubled = (w * 2).sum()
doubled.backward()
doubled.backward()
print("doubled: second backward worked, w.grad =", w.grad)
