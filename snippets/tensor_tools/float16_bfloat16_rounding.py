import torch

values = torch.tensor([70000.0, 1.001, 1e-8])
print("float32: ", values.tolist())  # the exact values stored, as Python floats
print("float16: ", values.to(torch.float16).tolist())   # max 65504
print("bfloat16:", values.to(torch.bfloat16).tolist())  # float32's range, fewer bits
