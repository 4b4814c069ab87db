import math

import matplotlib.pyplot as plt
import torch

# float64: a CPU's float32 sin may differ in the last bit with its vector width, and the figure would too.
x = torch.linspace(-2 * math.pi, 2 * math.pi, 200, dtype=torch.float64, requires_grad=True)
y = torch.sin(x)
# y[i] depends on x[i] alone, so the gradient of y.sum() holds each dy[i]/dx[i].
y.sum().backward()
print("x.grad equals cos(x):", torch.allclose(x.grad, torch.cos(x.detach())))

fig, ax = plt.subplots(figsize=(6, 2.8), facecolor="white", layout="constrained")
ax.plot(x.detach(), y.detach(), label="f(x) = sin(x)")
ax.plot(x.detach(), x.grad, label="f′(x), from autograd")
ax.set(xlabel="x")
ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1), ncols=2, frameon=False)
ax.grid(alpha=0.3)
plt.show()
