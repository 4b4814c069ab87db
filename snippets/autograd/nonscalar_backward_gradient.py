import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2  # Jacobian dy/dx = diag(2x)

v = torch.tensor([1.0, 0.1, 0.01])
y.backward(gradient=v)  # computes v^T J, never the full Jacobian
print("x.grad (v^T J):          ", x.grad)

x.grad = None
y = x ** 2
y.sum().backward()  # same as gradient=torch.ones_like(y)
print("x.grad (ones, i.e. sum): ", x.grad)
