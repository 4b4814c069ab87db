import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.ones(2, 3, device=device)
print("zeros_like:", torch.zeros_like(x).device)
print("randn_like:", torch.randn_like(x).device)
print("new_zeros: ", x.new_zeros(4).device)  # new_* keep x's device and dtype too
