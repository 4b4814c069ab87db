import matplotlib.pyplot as plt
import torch

rows, cols = torch.meshgrid(torch.linspace(0, 1, 32), torch.linspace(0, 1, 32), indexing="ij")
red = cols                                                          # brighter to the right
green = rows                                                        # brighter downwards
blue = ((rows - 0.5) ** 2 + (cols - 0.5) ** 2 < 0.1).float()  # a disc in the middle
image = torch.stack([red, green, blue])  # (3, 32, 32): channels first, as PyTorch keeps images
print("image:", image.shape, " for matplotlib:", image.permute(1, 2, 0).shape)

fig, axes = plt.subplots(1, 4, figsize=(8, 2.4), facecolor="white", layout="constrained")
for channel, (ax, name) in enumerate(zip(axes, ["red", "green", "blue"])):
    ax.imshow(image[channel].numpy(), cmap="gray", vmin=0, vmax=1)  # one (H, W) plane
    ax.set_title(f"image[{channel}]: {name}", fontsize=10)
axes[3].imshow(image.permute(1, 2, 0).numpy())  # (H, W, C): what imshow expects
axes[3].set_title("image.permute(1, 2, 0)", fontsize=10)
for ax in axes:
    ax.axis("off")
plt.show()
