import matplotlib.pyplot as plt
import torch

x = torch.arange(6).view(2, 3)
colors = plt.cm.Pastel1.colors

fig, axes = plt.subplots(1, 2, figsize=(7.2, 4.2), facecolor="white")
for ax, (name, t) in zip(axes, [("x", x), ("x.t()", x.t())]):
    rows, cols = t.shape
    ax.set_title(f"{name}: shape {tuple(t.shape)}, stride {t.stride()}\ncontiguous: {t.is_contiguous()}", fontsize=10)
    # The grid as the tensor shows it, read row by row ("row-major order").
    for row in range(rows):
        for col in range(cols):
            value = t[row, col].item()
            ax.add_patch(plt.Rectangle((col + 1.5, 4.2 - row), 0.9, 0.8, facecolor=colors[value], edgecolor="#555555"))
            ax.text(col + 1.95, 4.6 - row, value, ha="center", va="center", fontsize=12)
    # The memory below it, and the walk that reading the grid row by row takes through it:
    # one step per level, so that no two steps cross.
    for offset in range(6):
        ax.add_patch(plt.Rectangle((offset, 0.6), 0.9, 0.8, facecolor=colors[offset], edgecolor="#555555"))
        ax.text(offset + 0.45, 1.0, offset, ha="center", va="center", fontsize=12)
    order = t.reshape(-1).tolist()  # storage offsets, in reading order
    y = 0.6
    for start, end in zip(order, order[1:]):
        ax.plot([start + 0.45, start + 0.45], [y, y - 0.3], color="#a8641c", lw=1)
        y -= 0.3
        ax.annotate("", xy=(end + 0.45, y), xytext=(start + 0.45, y),
                    arrowprops=dict(arrowstyle="->", color="#a8641c", shrinkA=0, shrinkB=0))
        ax.text(max(start, end) + 0.6, y, f"{end - start:+d}", va="center", fontsize=10, color="#a8641c")
    ax.text(3, y - 0.6, "reads memory at " + ", ".join(map(str, order)), ha="center", fontsize=10, color="#a8641c")
    ax.set_xlim(-0.2, 6.3)
    ax.set_ylim(y - 0.8, 5.1)
    ax.axis("off")
plt.show()
