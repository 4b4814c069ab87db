import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
weights = torch.linspace(-1.0, 1.0, 3, device=device, requires_grad=True)

w_np = weights.detach().cpu().numpy()  # works for any device and any requires_grad
print("w_np:", w_np)
