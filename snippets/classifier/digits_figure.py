import matplotlib.pyplot as plt
from sklearn.datasets import load_digits

digits = load_digits()
fig, axes = plt.subplots(2, 10, figsize=(8, 2.1), facecolor="white", layout="constrained")
for ax, image, label in zip(axes.flat, digits.images, digits.target):
    ax.imshow(image, cmap="gray_r", vmin=0, vmax=16)
    ax.set_title(f"label {label}", fontsize=9)
    ax.set_axis_off()
plt.show()
