import torch
import torch.nn.functional as F

torch.manual_seed(0)
model = torch.nn.Linear(16, 4)
x = torch.randn(8, 16)
target = torch.zeros(8, 4)

with torch.autocast("cpu", dtype=torch.bfloat16):
    out = model(x)                  # a linear layer: runs in bfloat16
    product = x @ x.T               # a matrix product: bfloat16
    probs = out.softmax(dim=1)      # on neither list: follows its input
    shifted = x + 1                 # on neither list: float32 in, float32 out
    loss = F.mse_loss(out, target)  # a loss: autocast runs it in float32

for name, t in [("out", out), ("product", product), ("probs", probs),
                ("shifted", shifted), ("loss", loss)]:
    print(f"{name:8}", t.dtype)

loss.backward()
print("weight:  ", model.weight.dtype, "grad:", model.weight.grad.dtype)
print("outside: ", (x @ x.T).dtype)
difference = (out.float() - model(x)).abs().max()
print("equal to float32:", torch.equal(out.float(), model(x)))
print(f"largest difference: {difference:.3f}")
