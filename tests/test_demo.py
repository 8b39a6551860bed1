"""`mi-emis demo --quick`: every step runs, the report is offline and complete, a rerun is cached."""

import json
import re

import pytest
from builders import TextJudge

from mi_emis.demo import DemoConfig, run_demo
from mi_emis.errors import InputError

SECTIONS = ["summary", "em", "scalars", "probes", "adapters", "directions", "transfer"]


@pytest.mark.slow
def test_quick_demo_runs_every_step_offline_and_reruns_from_cache(smollm2_dir, tmp_path):
    out = tmp_path / "report"
    logged = []
    res = run_demo(out, DemoConfig.quick(), judge=TextJudge(), progress=False, log=logged.append)
    assert [s.id for s in res.sections] == SECTIONS
    for s in res.sections:  # a step that is skipped or swallows an error fails the demo
        assert not s.note, f"section {s.id}: {s.note}"
        assert s.figures or s.tables, f"section {s.id} shows nothing"
    assert "EM, base → r1x9-medical" in set(res.summary["step"])
    page = (out / "index.html").read_text()
    assert "Not run" not in page and "Skipped" not in page
    # offline: nothing is loaded from the network (plotly.js and circuitsvis are inlined; the
    # libraries' own code mentions URLs, e.g. plotly's logo link, which load nothing)
    assert not re.search(r"<script[^>]*\bsrc\s*=", page)
    assert not re.search(r"<link[^>]*\bhref\s*=", page)
    markup = re.sub(r"<script[^>]*>.*?</script>", "", page, flags=re.S)
    assert len(markup) < len(page) / 4  # the scripts were found and cut
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", markup)
    assert not re.search(r"""\bimport\b[^;]*from\s*["']https?://""", page)
    assert json.loads((out / "sections.json").read_text()) == SECTIONS
    for s in SECTIONS:
        assert f'<section id="{s}">' in page
    assert page.count('class="paper"') >= 5  # the paper's numbers beside each step
    assert "Plotly.newPlot" in page and "smollm2-135m-instruct" in page
    runs = list((out / "runs").rglob("*.jsonl"))
    assert len(runs) >= 10
    sizes = {p: p.stat().st_size for p in runs}
    # a second run samples nothing new: every run file is complete and is only read
    run_demo(out, DemoConfig.quick(), judge=TextJudge(), progress=False, log=logged.append)
    assert {p: p.stat().st_size for p in runs} == sizes


def test_demo_config_resolves_the_world_and_refuses_strangers():
    cfg = DemoConfig()
    assert cfg.world == "smollm2-135m-instruct" and cfg.source == "r1x9-medical"
    assert set(cfg.organisms) >= {"r1x9-medical", "r1x9-good-medical", "r8-all-financial"}
    quick = DemoConfig.quick()
    assert quick.organisms == ("r1x9-medical", "r8-all-financial") and quick.adapters == (0, 3, 6)
    with pytest.raises(InputError, match="Not organisms of smollm2"):
        DemoConfig(organisms=("nope",))
    with pytest.raises(InputError, match="No organisms are shipped"):
        DemoConfig(world="elsewhere")
