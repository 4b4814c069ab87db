import torch

p_adam = torch.tensor([1.0], requires_grad=True)
p_adamw = torch.tensor([1.0], requires_grad=True)
adam = torch.optim.Adam([p_adam], lr=0.1)  # no weight_decay given to either
adamw = torch.optim.AdamW([p_adamw], lr=0.1)
for optimizer, p in ((adam, p_adam), (adamw, p_adamw)):
    p.grad = torch.tensor([0.0])
    optimizer.step()
print("Adam: ", round(p_adam.item(), 6))
print("AdamW:", round(p_adamw.item(), 6))
