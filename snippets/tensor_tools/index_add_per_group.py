import torch

customers = torch.tensor([0, 2, 1, 2, 2, 0])  # who made each of 6 purchases
amounts = torch.tensor([10.0, 5.0, 7.0, 1.0, 2.0, 3.0])

totals = torch.zeros(3)
totals[customers] += amounts  # a repeated index is written, not added up
print("wrong:", totals)

totals = torch.zeros(3).index_add_(0, customers, amounts)  # adds every one
print("right:", totals)

features = torch.arange(12.0).reshape(6, 2)          # one row per purchase
print(torch.zeros(3, 2).index_add_(0, customers, features))  # row sums per customer
