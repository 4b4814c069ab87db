import torch

for batch_size in (4, 1):
    predictions = torch.zeros(batch_size, 1)  # a model's output: one value per sample
    print(f"batch of {batch_size}: squeeze() ->", predictions.squeeze().shape,
          " squeeze(1) ->", predictions.squeeze(1).shape)
