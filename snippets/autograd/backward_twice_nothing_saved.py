import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w + 1).sum()  # the backward of + and of sum needs no forward values

loss.backward()
print("after first backward: ", w.grad)
loss.backward()  # same graph again: no tensor was saved, so none was freed
print("after second backward:", w.grad)
