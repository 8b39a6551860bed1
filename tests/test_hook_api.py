"""The core functions need only the TL hook API: a minimal HookedRootModule (the base class of
TL 3.x HookedTransformer) stands in for any hooked model."""

import pytest
import torch
from torch import nn
from transformer_lens.hook_points import HookPoint
from transformer_lens.HookedRootModule import HookedRootModule

from mi_emis import LoraAdapter, ablate_adapters, adapter_scalars, steer_adapters
from mi_emis.errors import InputError

D, DM, V, NL = 16, 32, 50, 3


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.gate, self.up, self.down = (
            nn.Linear(D, DM, bias=False),
            nn.Linear(D, DM, bias=False),
            nn.Linear(DM, D, bias=False),
        )
        self.mlp = nn.Module()
        self.mlp.hook_post = HookPoint()
        self.hook_mlp_out = HookPoint()

    def forward(self, x):
        h = self.mlp.hook_post(torch.nn.functional.silu(self.gate(x)) * self.up(x))
        return x + self.hook_mlp_out(self.down(h))


class Mock(HookedRootModule):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(V, D)
        self.blocks = nn.ModuleList([Block() for _ in range(NL)])
        self.unembed = nn.Linear(D, V)
        self.setup()

    def forward(self, tokens, attention_mask=None):
        x = self.embed(tokens)
        for b in self.blocks:
            x = b(x)
        return self.unembed(x)


@pytest.fixture
def mock():
    torch.manual_seed(0)
    model, base = Mock(), Mock()
    base.load_state_dict(model.state_dict())
    recs = []
    for L in (0, 2):
        A, B = torch.randn(1, DM), torch.randn(D, 1)
        with torch.no_grad():
            model.blocks[L].down.weight += 4.0 * B @ A
        recs.append(
            LoraAdapter(
                L,
                "mlp.down_proj",
                A,
                B,
                4.0,
                "mock",
                False,
                f"blocks.{L}.mlp.hook_post",
                f"blocks.{L}.hook_mlp_out",
            )
        )
    return model, base, recs


def test_scalars_on_plain_hooked_module(mock):
    model, _, recs = mock
    tokens = torch.randint(0, V, (2, 7))
    s = adapter_scalars(model, tokens, adapters=recs)
    hs = {}
    model.run_with_hooks(
        tokens, fwd_hooks=[(a.hook_in, lambda t, hook: hs.setdefault(hook.name, t)) for a in recs]
    )
    for i, a in enumerate(recs):
        torch.testing.assert_close(s[:, :, i], 4.0 * (hs[a.hook_in] @ a.A.T)[..., 0])


def test_ablation_and_steering_on_plain_hooked_module(mock):
    model, base, recs = mock
    tokens = torch.randint(0, V, (2, 7))
    with ablate_adapters(model, adapters=recs):
        torch.testing.assert_close(model(tokens), base(tokens), atol=1e-4, rtol=0)
    plain = model(tokens)
    with steer_adapters(model, {0: 0.0}, adapters=recs):
        assert torch.equal(model(tokens), plain)
    unit = recs[0].B[:, 0] / recs[0].B.norm()
    handle = model.blocks[0].down.register_forward_hook(lambda m, i, o: o + 2.0 * unit)
    ref = model(tokens)
    handle.remove()
    with steer_adapters(model, {0: 2.0}, adapters=recs):
        torch.testing.assert_close(model(tokens), ref)
    assert not torch.allclose(ref, plain)


def test_plain_model_without_adapters_is_refused(mock):
    model, _, _ = mock
    with pytest.raises(InputError, match="adapters="):
        adapter_scalars(model, torch.randint(0, V, (1, 4)))
