import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.inference_mode():
    offset = torch.tensor([3.0, 4.0]) * 2  # an inference tensor

loss = (w + offset).sum()  # add's backward needs no input values: nothing saved
loss.backward()
print("w.grad:", w.grad)
print("offset.is_inference():", offset.is_inference())
