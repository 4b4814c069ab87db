import torch

x = torch.tensor([0.4, -1.3, 2.6], requires_grad=True)

print("x > 0:      ", (x > 0).requires_grad, (x > 0).grad_fn)
print("x.argmax(): ", x.argmax().requires_grad, x.argmax().grad_fn)
print("x.long():   ", x.long().requires_grad, x.long().grad_fn)

rounded = x.round()  # a float result: recorded, but its derivative is 0
print("x.round():  ", rounded.requires_grad, rounded.grad_fn)
rounded.sum().backward()
print("x.grad after round:", x.grad)
