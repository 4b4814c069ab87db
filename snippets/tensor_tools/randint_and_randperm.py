import torch

torch.manual_seed(0)

rolls = torch.randint(1, 7, (10,))  # from 1 up to, but not including, 7
print("dice:  ", rolls)

features = torch.arange(10.0).reshape(5, 2)  # 5 samples, 2 features each
labels = torch.tensor([0, 1, 1, 0, 1])
order = torch.randperm(5)  # each of 0..4 exactly once, in random order
print("order: ", order)
print(features[order])
print(labels[order])  # the same order keeps each row with its label
