import torch

device = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() else "cpu"

print("accelerator available:", torch.accelerator.is_available())
print("current_accelerator(check_available=True):", torch.accelerator.current_accelerator(check_available=True))
print("device:", device)
