import torch

f32 = torch.tensor([1.0, 2.0])
f64 = torch.tensor([1.0, 2.0], dtype=torch.float64)
i64 = torch.tensor([1, 2])

print("float32 + float64:      ", (f32 + f64).dtype)
print("int64 + float32:        ", (i64 + f32).dtype)
print("int64 + 0.5:            ", (i64 + 0.5).dtype)  # a Python float takes the default dtype
print("int64 / 2:              ", (i64 / 2).dtype)    # true division: floats, even from integers
print("float64 / 2:            ", (f64 / 2).dtype)    # a float tensor keeps its own type
print("int64 // 2:             ", (i64 // 2).dtype)
print("float32 + 0-dim float64:", (f32 + torch.tensor(2.0, dtype=torch.float64)).dtype)
print("int64 + 0-dim float64:  ", (i64 + torch.tensor(2.0, dtype=torch.float64)).dtype)
