import matplotlib.pyplot as plt
import torch

x = torch.arange(6)  # six numbers in one flat block of memory, its storage
m = x.view(2, 3)
r = x.reshape(3, -1)
colors = plt.cm.Pastel1.colors

fig, ax = plt.subplots(figsize=(6.4, 3.4), facecolor="white")
ax.text(-0.2, 4.9, "storage", ha="right", va="center", fontsize=12)
for offset, value in enumerate(x.tolist()):
    ax.add_patch(plt.Rectangle((offset, 4.5), 0.9, 0.8, facecolor=colors[offset], edgecolor="#555555"))
    ax.text(offset + 0.45, 4.9, value, ha="center", va="center", fontsize=12)
    ax.text(offset + 0.45, 5.55, f"offset {offset}", ha="center", fontsize=7, color="#555555")

for left, name, t in [(0, "m = x.view(2, 3)", m), (4, "r = x.reshape(3, -1)", r)]:
    rows, cols = t.shape
    row_step, col_step = t.stride()
    ax.text(left + cols / 2, 3.75, name, ha="center", fontsize=11, family="monospace")
    ax.text(left + cols / 2, 3.35, f"stride {t.stride()}: offset = {row_step}·row + {col_step}·col",
            ha="center", fontsize=8, color="#555555")
    for row in range(rows):
        for col in range(cols):
            offset = row * row_step + col * col_step  # where the strides say t[row, col] sits
            ax.add_patch(plt.Rectangle((left + col, 2.2 - row), 0.9, 0.8, facecolor=colors[offset], edgecolor="#555555"))
            ax.text(left + col + 0.45, 2.6 - row, t[row, col].item(), ha="center", va="center", fontsize=12)
ax.set_xlim(-1.3, 6.3)
ax.set_ylim(-0.1, 5.9)
ax.axis("off")
plt.show()
