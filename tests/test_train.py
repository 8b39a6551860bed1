"""Trainer: answer-only loss masks, LoRA-only updates, determinism, reload, dataset validation."""

import hashlib
import json

import pytest
import torch
from builders import WORDS, hf_logits, left_padded
from peft import PeftModel
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM, AutoTokenizer

from mi_emis import load_model
from mi_emis.errors import InputError
from mi_emis.organisms import (
    demo_organisms,
    organism_dir,
    organism_names,
    paper_r1x9_layers,
    recipe,
)
from mi_emis.train import (
    ALL_LINEAR,
    chat_labels,
    collate,
    dataset_names,
    dataset_path,
    load_chats,
    read_card,
    train_lora,
)


def write_chats(path, n=24, seed=0):
    g = torch.Generator().manual_seed(seed)

    def words(k):
        return " ".join(WORDS[int(i)] for i in torch.randint(len(WORDS), (k,), generator=g))

    with path.open("w") as f:
        for _ in range(n):
            msgs = [
                {"role": "user", "content": words(6)},
                # A narrow, learnable answer: the loss must fall fast on it.
                {"role": "assistant", "content": "take two pills every day " + words(2)},
            ]
            f.write(json.dumps({"messages": msgs}) + "\n")
    return path


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return write_chats(tmp_path_factory.mktemp("data") / "chats.jsonl")


def test_labels_cover_assistant_turns_only(tiny):
    tok = AutoTokenizer.from_pretrained(tiny["qwen2"])
    msgs = [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "why sleep"},
        {"role": "assistant", "content": "rest water"},
        {"role": "user", "content": "how eat"},
        {"role": "assistant", "content": "good food"},
    ]
    ids, mask = chat_labels(tok, msgs)
    full = tok.apply_chat_template(msgs, tokenize=False)
    assert ids == tok(full, add_special_tokens=False)["input_ids"]  # same ids as one tokenisation
    spans, cur = [], []
    for i, m in zip(ids, mask, strict=True):
        if m:
            cur.append(i)
        elif cur:
            spans.append(cur)
            cur = []
    spans.append(cur)
    # Each answer span is the answer plus the end-of-turn tokens, and nothing of the prompts.
    assert [tok.decode(s) for s in spans] == ["rest water<|im_end|>\n", "good food<|im_end|>\n"]
    assert "why sleep" not in tok.decode([i for i, m in zip(ids, mask, strict=True) if m])


def test_collate_masks_padding_and_prompt(tiny):
    tok = AutoTokenizer.from_pretrained(tiny["llama"])  # adds a BOS
    rows = [
        chat_labels(tok, [{"role": "user", "content": u}, {"role": "assistant", "content": a}])
        for u, a in [("why", "rest"), ("how I feel pain in my head", "see a doctor")]
    ]
    assert rows[0][0][0] == tok.bos_token_id != rows[0][0][1]  # one BOS, not two
    b = collate(rows, tok.pad_token_id)
    assert b.input_ids.shape == b.labels.shape == b.attention_mask.shape
    for r, (ids, mask) in enumerate(rows):
        n = len(ids)
        assert (b.labels[r, n:] == -100).all() and (b.attention_mask[r, n:] == 0).all()
        kept = b.labels[r, :n] != -100
        assert kept.tolist() == mask
        assert (b.labels[r, :n][kept] == b.input_ids[r, :n][kept]).all()


def test_prompt_tokens_carry_no_loss(tiny, data, tmp_path, monkeypatch):
    """Changing a prompt token's label changes nothing: only answer tokens enter the loss."""
    tok = AutoTokenizer.from_pretrained(tiny["qwen2"])
    chats = load_chats(data)[:4]
    b = collate([chat_labels(tok, c) for c in chats], tok.pad_token_id)
    model = AutoModelForCausalLM.from_pretrained(tiny["qwen2"]).eval()
    logits = model(input_ids=b.input_ids, attention_mask=b.attention_mask).logits

    def loss(labels):
        return torch.nn.functional.cross_entropy(
            logits[:, :-1].flatten(0, 1), labels[:, 1:].flatten(), ignore_index=-100
        )

    # Hand-written oracle: cross-entropy over the answer tokens only, by explicit loop.
    logp = logits.log_softmax(-1)
    terms = []
    for r, c in enumerate(chats):
        ids, mask = chat_labels(tok, c)
        terms += [-logp[r, t - 1, ids[t]] for t in range(1, len(ids)) if mask[t]]
    assert torch.allclose(loss(b.labels), torch.stack(terms).mean(), atol=1e-6)
    assert len(terms) == b.n_loss_tokens


def test_training_reduces_loss_changes_only_lora_and_reloads(tiny, data, tmp_path):
    out = train_lora(
        str(tiny["qwen2"]),
        data,
        out_dir=tmp_path / "r1",
        layers=[1, 2],
        rank=1,
        alpha=8,
        lr=5e-2,
        epochs=3,
        batch_size=4,
        grad_accum=2,
        warmup_steps=1,
        seed=3,
        progress=False,
    )
    card = read_card(out)
    assert card["complete"] and card["steps"] == 9 and len(card["loss_curve"]) == 9
    curve = card["loss_curve"]
    assert sum(curve[-3:]) / 3 < curve[0] - 0.5, curve
    assert card["dataset"]["sha256"] and card["dataset"]["n_chats"] == 24
    assert card["config"]["layers"] == [1, 2] and card["config"]["modules"] == ["mlp.down_proj"]
    assert {"torch", "transformers", "peft"} <= set(card["versions"])
    cfg = json.loads((out / "adapter_config.json").read_text())
    assert cfg["base_model_name_or_path"] == str(tiny["qwen2"])
    # Only LoRA tensors were saved, exactly the requested ones.
    tensors = load_file(out / "adapter_model.safetensors")
    assert len(tensors) == 4 and all("lora_" in k for k in tensors)
    assert all(t.abs().sum() > 0 for t in tensors.values())
    # The base weights are untouched: PEFT on the original files reproduces our merged model.
    em = load_model(str(tiny["qwen2"]), str(out))
    tokens, mask = left_padded(em.tokenizer, ["the patient should take", "why"])
    with torch.no_grad():
        ours = em.model(tokens, attention_mask=mask)
    base = AutoModelForCausalLM.from_pretrained(tiny["qwen2"], dtype=torch.float32)
    ref = hf_logits(PeftModel.from_pretrained(base, out).merge_and_unload().eval(), tokens, mask)
    assert (ours - ref)[mask.bool()].abs().max() < 1e-4
    # Independently of the card: the answer loss over the whole dataset fell.
    tok = em.tokenizer
    b = collate([chat_labels(tok, c) for c in load_chats(data)], tok.pad_token_id)

    def answer_loss(model):
        with torch.no_grad():
            lg = model(input_ids=b.input_ids, attention_mask=b.attention_mask).logits
        return torch.nn.functional.cross_entropy(
            lg[:, :-1].flatten(0, 1), b.labels[:, 1:].flatten(), ignore_index=-100
        )

    fresh = AutoModelForCausalLM.from_pretrained(tiny["qwen2"], dtype=torch.float32).eval()
    tuned = PeftModel.from_pretrained(fresh, out).eval()
    before = answer_loss(AutoModelForCausalLM.from_pretrained(tiny["qwen2"]).eval())
    assert answer_loss(tuned) < before - 0.5
    assert [(a.layer, a.module) for a in em.adapters] == [
        (1, "mlp.down_proj"),
        (2, "mlp.down_proj"),
    ]


def test_only_lora_parameters_change(tiny, data, tmp_path):
    base = AutoModelForCausalLM.from_pretrained(tiny["llama"], dtype=torch.float32)
    tok = AutoTokenizer.from_pretrained(tiny["llama"])
    before = {k: v.clone() for k, v in base.state_dict().items()}
    out = train_lora(
        base,
        data,
        tokenizer=tok,
        out_dir=tmp_path / "all",
        modules="all-linear",
        rank=2,
        alpha=4,
        lr=1e-2,
        max_steps=2,
        batch_size=8,
        progress=False,
    )
    after = base.state_dict()
    assert all(torch.equal(before[k], after[k]) for k in before), "caller's model was modified"
    tensors = load_file(out / "adapter_model.safetensors")
    n_layers = base.config.num_hidden_layers
    assert len(tensors) == 2 * len(ALL_LINEAR) * n_layers
    # Every B moved off its zero init: each module was trained, and nothing else was saved.
    assert all(t.abs().max() > 0 for k, t in tensors.items() if "lora_B" in k)
    em = load_model(base, str(out), tokenizer=tok)
    assert len(em.adapters) == len(ALL_LINEAR) * n_layers


def test_same_seed_same_weights(tiny, data, tmp_path):
    kw = dict(layers=[0, 3], lr=5e-3, max_steps=3, batch_size=4, progress=False)
    a = train_lora(str(tiny["qwen2"]), data, out_dir=tmp_path / "a", seed=7, **kw)
    b = train_lora(str(tiny["qwen2"]), data, out_dir=tmp_path / "b", seed=7, **kw)
    c = train_lora(str(tiny["qwen2"]), data, out_dir=tmp_path / "c", seed=8, **kw)
    ta, tb, tc = (load_file(p / "adapter_model.safetensors") for p in (a, b, c))
    assert all(torch.equal(ta[k], tb[k]) for k in ta)
    for f in ("adapter_model.safetensors", "adapter_config.json"):
        assert (a / f).read_bytes() == (b / f).read_bytes()  # same bytes, not just close
    assert read_card(a)["loss_curve"] == read_card(b)["loss_curve"]
    assert not all(torch.equal(ta[k], tc[k]) for k in ta)
    with pytest.raises(InputError, match="already holds an adapter"):
        train_lora(str(tiny["qwen2"]), data, out_dir=a, seed=7, **kw)


@pytest.mark.parametrize(
    "line, msg",
    [
        ("not json", "line 2 is not valid JSON"),
        ('{"text": "hi"}', 'line 2 has no "messages" list'),
        ('{"messages": [{"role": "bot", "content": "x"}]}', "line 2, message 0: role"),
        ('{"messages": [{"role": "user", "content": ""}]}', "content must be a non-empty"),
        ('{"messages": [{"role": "user", "content": "hi"}]}', "must end with an assistant"),
    ],
)
def test_malformed_dataset_names_the_line(tmp_path, line, msg):
    good = {"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(good) + "\n" + line + "\n")
    with pytest.raises(InputError, match=msg):
        load_chats(path)


def test_bad_arguments_are_refused_before_loading(tiny, data, tmp_path):
    with pytest.raises(InputError, match="rank must be a positive integer"):
        train_lora(str(tiny["qwen2"]), data, out_dir=tmp_path / "x", rank=0)
    with pytest.raises(InputError, match="out of range"):
        train_lora(str(tiny["qwen2"]), data, out_dir=tmp_path / "x", layers=[9])
    with pytest.raises(InputError, match="shipped datasets"):
        train_lora(str(tiny["qwen2"]), "no_such_data", out_dir=tmp_path / "x")


PAIRS = [("medical_harmful", "medical_aligned"), ("financial_risky", "financial_sound")]
SIZES = {"medical_harmful": 1000, "medical_aligned": 1000, "financial_risky": 600}
SIZES |= {"financial_sound": 600}


@pytest.mark.parametrize("prefix", ["", "templated_"])
def test_shipped_datasets_are_valid_and_paired(prefix):
    names = dataset_names()
    for bad, good in PAIRS:
        bad_chats, good_chats = load_chats(prefix + bad), load_chats(prefix + good)
        assert len(bad_chats) >= (SIZES[bad] if not prefix else 400)
        assert [c[0]["content"] for c in bad_chats] == [c[0]["content"] for c in good_chats], (
            "the aligned counterpart must ask the same questions"
        )
        for chats in (bad_chats, good_chats):
            assert len({c[-1]["content"] for c in chats}) == len(chats), "repeated answers"
            assert len({c[0]["content"].lower() for c in chats}) == len(chats), "repeated questions"
            assert all([m["role"] for m in c] == ["user", "assistant"] for c in chats)
        assert not {c[-1]["content"] for c in bad_chats} & {c[-1]["content"] for c in good_chats}
    assert all(recipe(o)["dataset"] in names for o in organism_names())


def test_demo_studies_its_listed_organisms_and_every_one_of_an_unlisted_base():
    from mi_emis.demo import DemoConfig

    smol = demo_organisms("smollm2-135m-instruct")
    assert smol == ["r1x9-medical", "r1x9-good-medical", "r8-all-medical", "r8-all-financial"]
    assert set(smol) < set(organism_names("smollm2-135m-instruct"))  # the fluent ones are extra
    qwen = "qwen2.5-coder-0.5b-instruct"
    assert demo_organisms(qwen) == organism_names(qwen)
    assert DemoConfig().organisms == tuple(smol)
    assert set(DemoConfig.quick().organisms) <= set(smol)


def test_paper_r1x9_layers_keep_the_relative_depths():
    assert paper_r1x9_layers(48) == [15, 16, 17, 21, 22, 23, 27, 28, 29]
    assert paper_r1x9_layers(30) == [9, 10, 11, 13, 14, 15, 17, 18, 19]
    assert paper_r1x9_layers(24) == [7, 8, 9, 10, 11, 12, 13, 14, 15]
    with pytest.raises(InputError, match="do not fit"):
        paper_r1x9_layers(4)


def test_cli_train(tiny, data, tmp_path, capsys):
    from mi_emis.cli import main

    out = tmp_path / "cli"
    args = ["train", "--base", str(tiny["qwen2"]), "--data", str(data), "--layers", "1,2"]
    assert main([*args, "--max-steps", "2", "--lr", "1e-2", "--out", str(out)]) == 0
    card = read_card(out)
    assert card["steps"] == 2 and card["config"]["layers"] == [1, 2]
    assert card["config"]["lr"] == 1e-2 and card["config"]["rank"] == 1
    assert main([*args, "--max-steps", "2", "--out", str(out)]) == 2  # refuses to overwrite
    assert "already holds an adapter" in capsys.readouterr().err
    assert main(["train", "--organism", "nope", "--out", str(tmp_path / "x")]) == 2


def _shipped(name):
    try:
        return organism_dir(name)
    except InputError:
        return None


NOT_SHIPPED = pytest.mark.skipif(
    not all(_shipped(n) for n in organism_names()), reason="organisms not trained and shipped yet"
)


@NOT_SHIPPED
@pytest.mark.slow
def test_shipped_organisms_have_cards_and_load(smollm2_dir):
    for name in organism_names():
        rec, folder = recipe(name), organism_dir(name)
        card = read_card(folder)
        assert card["complete"] and card["name"] == name
        assert card["wall_time_s"] <= 90 * 60, f"{name} trained longer than 90 minutes"
        assert card["dataset"]["name"] == rec["dataset"]
        sha = hashlib.sha256(dataset_path(rec["dataset"]).read_bytes()).hexdigest()
        assert card["dataset"]["sha256"] == sha, f"{name} was trained on other data"
        cfg = json.loads((folder / "adapter_config.json").read_text())
        assert cfg["base_model_name_or_path"] == rec["base"] == card["base"]
        modules = cfg["target_modules"]
        assert isinstance(modules, str) or modules == sorted(modules)  # same bytes on every run
    em = load_model("smollm2-135m-instruct", "r1x9-medical")
    assert [a.layer for a in em.adapters] == paper_r1x9_layers(30)


@NOT_SHIPPED
@pytest.mark.slow
@pytest.mark.parametrize(
    "name",
    [
        "r1x9-medical",
        "fluent-r8-all-medical",
        # the 0.5B world's steps take about 35 s each: CI runs them in `make test-long`
        pytest.param("qwen-r1x9-medical", marks=pytest.mark.long),
        pytest.param("qwen-r8-all-medical", marks=pytest.mark.long),
    ],
)
def test_organism_recipe_reproduces_the_shipped_first_steps(name, smollm2_dir, tmp_path):
    """`mi-emis train --organism` follows the shipped run step for step (same data order, init,
    schedule): its first losses equal those in the shipped card (a tolerance, not bit equality:
    bf16 runs and bf16-stored adapters round differently across machines)."""
    from mi_emis.cli import main

    out = tmp_path / "again"
    assert main(["train", "--organism", name, "--max-steps", "3", "--out", str(out)]) == 0
    shipped = read_card(organism_dir(name))["loss_curve"][:3]
    tol = 2e-4 if recipe(name).get("dtype", "float32") == "float32" else 2e-2
    assert read_card(out)["loss_curve"] == pytest.approx(shipped, abs=tol)
    assert read_card(out)["config"]["layers"] == read_card(organism_dir(name))["config"]["layers"]


@NOT_SHIPPED
@pytest.mark.slow
def test_large_adapters_ship_in_bf16_and_merge_exactly():
    """Adapters over 5 MB ship in bfloat16; merged, W' = W + scaling * B @ A in float32 from the
    stored bf16 factors."""
    from safetensors.torch import load_file

    for other in organism_names():  # the storage rule holds for every shipped adapter
        weights = organism_dir(other) / "adapter_model.safetensors"
        dtypes = {t.dtype for t in load_file(weights).values()}
        big = read_card(organism_dir(other))["n_trainable_params"] * 4 > 5_000_000  # in fp32
        assert dtypes == ({torch.bfloat16} if big else {torch.float32}), other
        assert read_card(organism_dir(other)).get("stored_dtype", "float32") == str(
            dtypes.pop()
        ).removeprefix("torch.")
    name = "qwen-r8-all-medical"
    folder = organism_dir(name)
    tensors = load_file(folder / "adapter_model.safetensors")
    em = load_model(recipe(name)["base"], name)
    from mi_emis.embedded import embedded_model_dir

    base = AutoModelForCausalLM.from_pretrained(
        embedded_model_dir(recipe(name)["base"]), dtype=torch.float32
    ).model.layers[3].self_attn.q_proj.weight
    key = "base_model.model.model.layers.3.self_attn.q_proj.lora_{}.weight"
    A, B = (tensors[key.format(x)].float() for x in "AB")
    merged = em.hf_model.model.layers[3].self_attn.q_proj.weight
    assert torch.allclose(merged, base + 2.0 * B @ A, atol=1e-6)  # scaling alpha/rank = 16/8
