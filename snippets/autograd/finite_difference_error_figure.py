import matplotlib.pyplot as plt
import torch

x, y_star, b, w = 0.5, 2.0, 0.1, 0.8


def exp(z):
    # e^z from its Taylor series, with + * / only: every machine rounds these alike, while
    # torch.exp may differ in the last bit from one CPU to another, and left of the minimum
    # this figure plots that last bit, magnified
    result = torch.ones_like(z)
    for k in range(20, 0, -1):
        result = 1 + z * result / k
    return result


def loss_fn(w):
    return (exp(w * x + b) - y_star) ** 2


def forward_difference(w, h):
    return (loss_fn(w + h) - loss_fn(w)) / h


def central_difference(w, h):
    return (loss_fn(w + h) - loss_fn(w - h)) / (2 * h)


e = exp(torch.tensor(w * x + b, dtype=torch.float64))
exact = 2 * (e - y_star) * e * x
# ten steps a decade from 1e-15 to 1, each one division (torch.logspace would call pow,
# which may also differ in the last bit between machines)
mantissas = [1, 1.25, 1.6, 2, 2.5, 3.2, 4, 5, 6.3, 8]
h = torch.tensor([m / 10**k for k in range(15, 0, -1) for m in mantissas] + [1.0], dtype=torch.float64)

fig, ax = plt.subplots(figsize=(6, 3.6), facecolor="white", layout="constrained")
curves = [("forward, float64", forward_difference, torch.float64),
          ("central, float64", central_difference, torch.float64),
          ("central, float32", central_difference, torch.float32)]
for label, difference, dtype in curves:
    estimate = difference(torch.tensor(w, dtype=dtype), h.to(dtype))
    # clamp: an estimate that happens to be exact would vanish from a log scale
    error = (estimate.double() - exact).abs().clamp(min=1e-17)
    ax.loglog(h, error, label=label)
ax.set(xlabel="step h", ylabel="|estimate − exact|", ylim=(1e-13, 1e1))
ax.text(3e-15, 1e-9, "round-off error\ngrows like ε/h", fontsize=9)
ax.text(1e-4, 1e-11, "truncation error\nshrinks like h or h²", fontsize=9)
ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1), ncols=3, frameon=False)
ax.grid(alpha=0.3)
plt.show()
