import matplotlib.pyplot as plt
import torch

shapes = {"x": (5, 1, 4, 1), "y": (3, 1, 1)}
result = tuple(torch.broadcast_shapes(*shapes.values()))
rows = [*shapes.items(), ("x + y", result)]
ndim = len(result)

fig, ax = plt.subplots(figsize=(5.6, 3.2), facecolor="white")
for col in range(ndim):
    ax.text(col + 0.45, len(rows) + 1.0, f"dim {col - ndim}", ha="center", color="#555555", fontsize=10)
for row, (name, shape) in enumerate(rows):
    top = len(rows) - row - (0.3 if name == "x + y" else 0)  # a gap before the result row
    padded = (None,) * (ndim - len(shape)) + shape  # right-aligned: missing dims go left
    ax.text(-0.2, top + 0.4, name, ha="right", va="center", fontsize=13)
    for col, (size, target) in enumerate(zip(padded, result)):
        if name == "x + y":
            face, edge, style, label = "#3b6ea8", "#1f3f66", "-", str(size)
        elif size is None:
            face, edge, style, label = "white", "#888888", "--", f"missing\n→ {target}"
        elif size == 1 and target != 1:
            face, edge, style, label = "#f2b16e", "#a8641c", "-", f"1 → {target}"
        else:
            face, edge, style, label = "#a9c6e8", "#3b6ea8", "-", str(size)
        ax.add_patch(plt.Rectangle((col, top), 0.9, 0.8, facecolor=face, edgecolor=edge,
                                   linestyle=style, linewidth=1.5))
        ax.text(col + 0.45, top + 0.4, label, ha="center", va="center", fontsize=11,
                color="white" if name == "x + y" else "black")
ax.set_xlim(-1.1, ndim)
ax.set_ylim(0.5, len(rows) + 1.4)
ax.axis("off")
plt.show()
