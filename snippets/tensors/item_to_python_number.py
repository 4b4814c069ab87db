import torch

loss = torch.tensor([0.25, 0.75]).mean()

print("tensor:", loss)
print("item:  ", loss.item(), type(loss.item()))
print("float: ", float(loss))
print("one element of any shape:", torch.tensor([[42]]).item())
