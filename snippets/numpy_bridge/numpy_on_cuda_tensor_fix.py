import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.arange(3.0, device=device)

print("cpu().numpy():    ", x.cpu().numpy())  # copy to host memory first
print("numpy(force=True):", x.numpy(force=True))  # detach + cpu + numpy in one call
