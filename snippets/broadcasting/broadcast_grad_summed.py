import torch

x = torch.ones(4, 3)  # a batch of 4 samples
bias = torch.zeros(3, requires_grad=True)  # one bias per feature, shared by all samples

out = x + bias  # bias is broadcast to (4, 3)
out.sum().backward()

print("out.shape: ", out.shape)
print("bias.grad:", bias.grad)  # 4 = one contribution per sample, summed
print("grad shape:", bias.grad.shape)
