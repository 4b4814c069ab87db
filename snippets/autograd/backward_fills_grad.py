import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 2).sum()  # y = x1² + x2² + x3², so dy/dx = 2x

print("before backward:", x.grad)
y.backward()
print("after backward: ", x.grad)
print("equals 2 * x:   ", torch.equal(x.grad, 2 * x))
