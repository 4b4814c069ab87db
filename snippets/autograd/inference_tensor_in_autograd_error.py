# raises: RuntimeError
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.inference_mode():
    x = torch.tensor([3.0, 4.0]) * 2  # an inference tensor

loss = (w * x).sum()  # mul saves x for its backward: not allowed
