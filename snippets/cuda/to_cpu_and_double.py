import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.ones(2, device=device)
y = x.to("cpu", torch.double)  # device and dtype in one call
print("x:", x.device, x.dtype)
print("y:", y.device, y.dtype)
print("as NumPy:", x.cpu().numpy())
