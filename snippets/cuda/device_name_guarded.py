import torch

if torch.cuda.is_available():
    print("GPU 0:", torch.cuda.get_device_name(0))
else:
    print("no GPU: everything runs on the CPU")
