import torch

weights = torch.tensor([0.001, 1.0, 1000.0])
p_adam = weights.clone().requires_grad_()
p_adamw = weights.clone().requires_grad_()
adam = torch.optim.Adam([p_adam], lr=0.1, weight_decay=0.01)
adamw = torch.optim.AdamW([p_adamw], lr=0.1, weight_decay=0.01)


def row(label):
    adam_values = "".join(f"{v:11.5g}" for v in p_adam.tolist())
    adamw_values = "".join(f"{v:11.5g}" for v in p_adamw.tolist())
    print(f"{label:7} {adam_values}  {adamw_values}")


print(f"{'':7} {'Adam':^33}  {'AdamW':^33}".rstrip())
row("start")
for step in range(1, 4):
    for optimizer, p in ((adam, p_adam), (adamw, p_adamw)):
        p.grad = torch.zeros(3)  # a loss that does not depend on p: only the decay acts
        optimizer.step()
    row(f"step {step}")
