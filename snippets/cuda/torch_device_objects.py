import torch

gpu = torch.device("cuda:0")  # only a name: creating it needs no GPU
print("type:", gpu.type, "index:", gpu.index)
print(repr(torch.device("cpu")))
print("cuda == cuda:0:", torch.device("cuda") == gpu)
