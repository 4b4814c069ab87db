import matplotlib.pyplot as plt
import torch

x = torch.arange(6)  # six numbers in one flat block of memory, its storage
views = [x.view(2, 3), x.view(3, 2)]
colors = plt.cm.Pastel1.colors

fig, ax = plt.subplots(figsize=(6.4, 3.4), facecolor="white")
ax.text(-0.2, 4.9, "storage", ha="right", va="center", fontsize=12)
for offset, value in enumerate(x.tolist()):
    ax.add_patch(plt.Rectangle((offset, 4.5), 0.9, 0.8, facecolor=colors[value], edgecolor="#555555"))
    ax.text(offset + 0.45, 4.9, value, ha="center", va="center", fontsize=12)
    ax.text(offset + 0.45, 5.55, f"offset {offset}", ha="center", fontsize=7, color="#555555")

for left, view in zip((0, 4), views):
    rows, cols = view.shape
    row_step, col_step = view.stride()
    ax.text(left + cols / 2, 3.75, f"x.view{tuple(view.shape)}", ha="center", fontsize=11, family="monospace")
    ax.text(left + cols / 2, 3.35, f"stride {view.stride()}: offset = {row_step}·row + {col_step}·col",
            ha="center", fontsize=8, color="#555555")
    for row in range(rows):
        for col in range(cols):
            value = view[row, col].item()
            ax.add_patch(plt.Rectangle((left + col, 2.2 - row), 0.9, 0.8, facecolor=colors[value], edgecolor="#555555"))
            ax.text(left + col + 0.45, 2.6 - row, value, ha="center", va="center", fontsize=12)
ax.set_xlim(-1.3, 6.3)
ax.set_ylim(-0.1, 5.9)
ax.axis("off")
plt.show()
