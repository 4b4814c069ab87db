"""The "CPU ≠ CUDA" badge: it marks outputs that differ in substance, and nothing else; a difference by release is said."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from docexec.compare import Difference, compare, release_note

PAIRS = Path(__file__).parent / "pairs"  # real CPU and CUDA captures (README.md there)

CPU_TORCH = "2.13.0"


def capture(output: str, *, torch: str = CPU_TORCH, raised: tuple[str, str, int] | None = None) -> dict[str, Any]:
    """A capture as the store holds it, with only what the comparison reads filled in."""
    exception = None
    if raised:
        kind, message, line = raised
        exception = {"type": kind, "message": message, "lineno": line, "traceback": f"Traceback (most recent call last):\n{kind}: {message}\n"}
    return {"output": output, "exception": exception, "env": {"torch": torch, "python": "3.11.7"}}


def badge(cpu: dict[str, Any], cuda: dict[str, Any]) -> bool:
    """Whether the page would show the badge for these two captures."""
    return compare(cpu, cuda) is Difference.SUBSTANCE


def pair(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The real CPU and CUDA captures of a snippet."""
    return tuple(json.loads((PAIRS / f"{name.replace('/', '.')}.{device}.json").read_text(encoding="utf-8")) for device in ("cpu", "cuda"))  # type: ignore[return-value]


@pytest.mark.parametrize("name", [
    "linear_regression/nn_module_model",  # OrderedDict([...]) on Python 3.11, OrderedDict({...}) on 3.12
    "linear_regression/nn_module_training",
    "autograd/allow_unused_error",  # "at index 1" against "One of the differentiated Tensors"
    "autograd/saved_tensor_modified_error",  # "output 0 of Sigmoid" against "output 0 of SigmoidBackward0"
    "broadcasting/mse_loss_size_warning",  # the line of torch's loss.py that warns
    "autograd/nonleaf_grad_warning",  # where each build of torch says its C++ lies
])
def test_a_real_pair_that_differs_only_by_release_gets_no_badge_and_says_so(name: str) -> None:
    cpu, cuda = pair(name)
    assert cpu["output"] + str(cpu["exception"]) != cuda["output"] + str(cuda["exception"])  # a reader sees a difference
    assert compare(cpu, cuda) is Difference.RELEASE
    assert f"torch {cuda['env']['torch']} against {cpu['env']['torch']}" in release_note(cpu, cuda)


@pytest.mark.parametrize("name", [
    "linear_regression/autograd_no_grad_update",  # the start values: CUDA's generator is another one
    "cuda/seed_cpu_vs_cuda",
    "numpy_bridge/numpy_on_cuda_tensor",  # only CUDA raises
    "cuda/type_shows_device",  # torch.FloatTensor against torch.cuda.FloatTensor
])
def test_a_real_pair_that_differs_in_substance_gets_the_badge(name: str) -> None:
    assert compare(*pair(name)) is Difference.SUBSTANCE


def test_a_real_pair_that_differs_only_by_the_device_name_is_the_same() -> None:
    cpu, cuda = pair("tensors/tensor_attributes")
    assert cpu["output"] != cuda["output"]
    assert compare(cpu, cuda) is Difference.NONE


def test_device_in_reprs_is_not_a_difference() -> None:
    cpu = capture("tensor([1., 2.])\ncpu\nx.device.type == 'cpu'\n")
    cuda = capture("tensor([1., 2.], device='cuda:0')\ncuda:0\nx.device.type == 'cuda'\n")
    assert not badge(cpu, cuda)


def test_where_torch_raised_a_warning_in_cpp_is_not_a_difference() -> None:
    line = "snippets/demo.py:4: UserWarning: The .grad attribute of a non-leaf Tensor is being accessed. {}\n  print(b.grad)\nNone\n"
    cpu = capture(line.format("(Triggered internally at /pytorch/build/aten/src/ATen/core/TensorBody.h:489.)"))
    cuda = capture(line.format("(Triggered internally at /opt/conda/conda-bld/pytorch/aten/src/ATen/core/TensorBody.h:494.)"))
    assert not badge(cpu, cuda)


def test_wording_that_changed_between_torch_versions_is_not_a_difference() -> None:
    cpu = capture("snippets/demo.py:3: UserWarning: to() will copy; pass copy=False\n  y = x.to(dtype)\nok\n",
                  raised=("RuntimeError", "a leaf Variable that requires grad is being used in an in-place operation.", 7))
    cuda = capture("snippets/demo.py:3: UserWarning: Tensor.to() copies here; use copy=False\n  y = x.to(dtype)\nok\n",
                   torch="2.11.0", raised=("RuntimeError", "a leaf Variable that requires grad is used in an in-place operation.", 7))
    assert not badge(cpu, cuda)


def test_the_same_wording_change_within_one_torch_version_is_a_difference() -> None:
    cpu = capture("", raised=("RuntimeError", "expected scalar type Float but found Double", 5))
    cuda = capture("", raised=("RuntimeError", "expected m1 and m2 to have the same dtype", 5))
    assert badge(cpu, cuda)


def test_different_values_are_a_difference_across_versions_too() -> None:
    cpu = capture("tensor([1.5410, -0.2934])\n")  # torch.manual_seed(0); torch.randn(2)
    cuda = capture("tensor([-0.9247, -0.4253], device='cuda:0')\n", torch="2.11.0")
    assert badge(cpu, cuda)


def test_a_different_type_is_a_difference() -> None:
    assert badge(capture("torch.FloatTensor\n"), capture("torch.cuda.FloatTensor\n"))


def test_a_grad_fn_only_one_device_records_is_a_difference() -> None:
    assert badge(capture("True None\n"), capture("False <ToCopyBackward0 object at 0x...>\n"))


def test_an_exception_only_one_device_raises_is_a_difference() -> None:
    cpu = capture("[1. 2.]\n")
    cuda = capture("", torch="2.11.0", raised=("TypeError", "can't convert cuda:0 device type tensor to numpy.", 4))
    assert badge(cpu, cuda)


def test_another_exception_type_is_a_difference_across_versions() -> None:
    cpu = capture("", raised=("ValueError", "bad value", 4))
    cuda = capture("", torch="2.11.0", raised=("RuntimeError", "bad value", 4))
    assert badge(cpu, cuda)


def test_no_badge_without_both_captures() -> None:
    assert compare(capture("1\n"), None) is None
