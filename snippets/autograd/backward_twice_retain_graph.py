import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w.exp() * 3).sum()

loss.backward(retain_graph=True)  # keep the saved tensors for another pass
print("after first backward: ", w.grad)
loss.backward()                   # the last pass may free the graph
print("after second backward:", w.grad)
