import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

print("CUDA available:", torch.cuda.is_available())
print("GPUs:", torch.cuda.device_count())
print("device:", device)
