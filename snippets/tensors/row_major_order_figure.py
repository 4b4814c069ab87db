import matplotlib.pyplot as plt
import torch

x = torch.arange(6).view(2, 3)
colors = plt.cm.Pastel1.colors

fig, axes = plt.subplots(1, 2, figsize=(7.2, 3.6), facecolor="white")
for ax, (name, t) in zip(axes, [("x", x), ("x.t()", x.t())]):
    rows, cols = t.shape
    ax.set_title(f"{name}: shape {tuple(t.shape)}, stride {t.stride()}\ncontiguous: {t.is_contiguous()}", fontsize=10)
    # The grid as the tensor shows it, read row by row ("row-major order").
    for row in range(rows):
        for col in range(cols):
            value = t[row, col].item()
            ax.add_patch(plt.Rectangle((col + 1.5, 4.2 - row), 0.9, 0.8, facecolor=colors[value], edgecolor="#555555"))
            ax.text(col + 1.95, 4.6 - row, value, ha="center", va="center", fontsize=12)
    # The memory below it, and the order in which reading the grid row by row visits it.
    for offset in range(6):
        ax.add_patch(plt.Rectangle((offset, 0.6), 0.9, 0.8, facecolor=colors[offset], edgecolor="#555555"))
        ax.text(offset + 0.45, 1.0, offset, ha="center", va="center", fontsize=12)
    order = t.flatten().tolist()  # storage offsets, in reading order
    for start, end in zip(order, order[1:]):
        y = 1.45 if end > start else 0.55  # forward steps arc above the memory, backward steps below
        ax.annotate("", xy=(end + 0.45, y), xytext=(start + 0.45, y),
                    arrowprops=dict(arrowstyle="->", color="#a8641c", connectionstyle="arc3,rad=-0.35"))
    ax.text(3, -0.5, "reads memory at " + ", ".join(map(str, order)), ha="center", fontsize=10, color="#a8641c")
    ax.set_xlim(-0.2, 6.1)
    ax.set_ylim(-0.7, 5.1)
    ax.axis("off")
plt.show()
