import matplotlib.pyplot as plt
import torch

x, y_star = torch.tensor(0.5), torch.tensor(2.0)
w = torch.tensor(0.8, requires_grad=True)
b = torch.tensor(0.1, requires_grad=True)

# The loss (exp(wx + b) - y*)² one step at a time, each step's gradient kept
u = w * x + b
y_hat = torch.exp(u)
r = y_hat - y_star
loss = r ** 2
for step in (u, y_hat, r, loss):
    step.retain_grad()
loss.backward()

values = [f"w = {w:.1f}\nb = {b:.1f}", f"u = wx + b\n= {u:.3f}",
          f"ŷ = exp(u)\n= {y_hat:.3f}", f"r = ŷ − y*\n= {r:.3f}",
          f"ℓ = r²\n= {loss:.3f}"]
grads = [f"∂ℓ/∂w = {w.grad:.3f}\n∂ℓ/∂b = {b.grad:.3f}", f"∂ℓ/∂u\n= {u.grad:.3f}",
         f"∂ℓ/∂ŷ\n= {y_hat.grad:.3f}", f"∂ℓ/∂r\n= {r.grad:.3f}",
         f"∂ℓ/∂ℓ\n= {loss.grad:.0f}"]
# The backward nodes, and the local derivative each one multiplies by.
mul = u.grad_fn.next_functions[0][0]  # the node of w * x, inside u
nodes = [
    f"{u.grad_fn.name()}\n{mul.name()}\n× x (w), × 1 (b)",
    f"{y_hat.grad_fn.name()}\n× ŷ",
    f"{r.grad_fn.name()}\n× 1",
    f"{loss.grad_fn.name()}\n× 2r",
]

fig, ax = plt.subplots(figsize=(8, 3.3), facecolor="white")
fig.subplots_adjust(left=0, right=1, bottom=0, top=1)
blue, orange, grey = "#3b6ea8", "#a8641c", "#666666"
box = dict(boxstyle="round,pad=0.45")
arrow = dict(arrowstyle="-|>", lw=1.5, shrinkA=8, shrinkB=8)  # stop short of boxes
top, bottom = [], []
for i in range(5):
    top.append(ax.text(2.1 * i, 2, values[i], ha="center", va="center",
                       bbox=dict(box, facecolor="#a9c6e8", edgecolor=blue)))
    bottom.append(ax.text(2.1 * i, 0, grads[i], ha="center", va="center",
                          bbox=dict(box, facecolor="#f8d2ad", edgecolor=orange)))
for i in range(4):  # values go right, gradients come back left
    ax.annotate("", xy=(0, 0.5), xycoords=top[i + 1], xytext=(1, 0.5),
                textcoords=top[i], arrowprops=dict(arrow, color=blue))
    ax.annotate("", xy=(1, 0.5), xycoords=bottom[i], xytext=(0, 0.5),
                textcoords=bottom[i + 1], arrowprops=dict(arrow, color=orange))
    ax.text(2.1 * i + 1.05, -0.6, nodes[i], ha="center", va="top", color=orange)
for i, data in ((1, f"x = {x:.1f}"), (3, f"y* = {y_star:.0f}")):  # the data point enters here
    ax.annotate(data, xy=(0.5, 1), xycoords=top[i], xytext=(2.1 * i, 3.3),
                textcoords="data", ha="center", va="center", bbox=dict(box, facecolor="#e8e8e8", edgecolor=grey),
                arrowprops=dict(arrow, color=grey))
ax.text(-1.2, 2, "forward", ha="right", va="center", color=blue)
ax.text(-1.2, 0, "backward", ha="right", va="center", color=orange)
ax.set(xlim=(-2.4, 9.2), ylim=(-1.9, 3.9))
ax.axis("off")
plt.show()
