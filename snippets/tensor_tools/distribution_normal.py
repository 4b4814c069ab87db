import math

import torch
from torch.distributions import Normal

torch.manual_seed(0)
heights = Normal(loc=170.0, scale=10.0)  # mean and standard deviation

print(heights.sample((5,)))  # the argument is the shape of the sample
x = torch.tensor([160.0, 170.0, 180.0])
print(heights.log_prob(x))  # log of the density at each value
print(-math.log(10.0 * math.sqrt(2 * math.pi)))  # the formula at the mean

batch = Normal(torch.tensor([0.0, 100.0]), torch.tensor([1.0, 0.01]))  # two normals
print(batch.batch_shape, batch.sample((3,)).shape)
