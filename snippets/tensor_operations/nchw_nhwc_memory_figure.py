import matplotlib.pyplot as plt
import torch

# A 2x2 RGB image in which channel c of pixel p holds 4c + p, its offset in (C, H, W) memory.
chw = torch.arange(12).reshape(3, 2, 2)  # (C, H, W), as PyTorch keeps it
hwc = chw.permute(1, 2, 0).contiguous()  # (H, W, C), as NumPy, PIL and matplotlib keep it
colors = ["#f4a6a6", "#a6d8a6", "#a6c4f4"]  # red, green, blue channel

fig, ax = plt.subplots(figsize=(7.2, 2.0), facecolor="white")
for top, (name, t) in zip((1.3, 0), [("(C, H, W)", chw), ("(H, W, C)", hwc)]):
    ax.text(-0.2, top + 0.4, f"{name}\nstrides {t.stride()}", ha="right", va="center",
            fontsize=10, family="monospace")
    for offset, value in enumerate(t.flatten().tolist()):  # flatten() reads memory in order here
        channel, pixel = divmod(value, 4)
        ax.add_patch(plt.Rectangle((offset, top), 0.9, 0.8, facecolor=colors[channel], edgecolor="#555555"))
        ax.text(offset + 0.45, top + 0.4, f"{'RGB'[channel]}{pixel}", ha="center", va="center", fontsize=10)
ax.text(6, 2.35, "memory, in order (R0: the red value of pixel 0)", ha="center", fontsize=10, color="#555555")
ax.set_xlim(-3.6, 12)
ax.set_ylim(-0.1, 2.6)
ax.axis("off")
plt.show()
